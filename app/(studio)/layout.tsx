/**
 * The Studio's own root layout: none of the site's header, footer, CSS or JavaScript, so the site
 * ships none of the Studio and the Studio none of the site.
 */
export default function StudioLayout({children}: {children: React.ReactNode}) {
  return (
    <html lang="en">
      <body style={{margin: 0}}>{children}</body>
    </html>
  )
}
