vcl 4.1;
# The cache in front of the site's instances (README: "A cache in front"). Varnish 7.1 with
# varnish-modules' xkey. Every stored response is tagged with its path, so the webhook purges a
# page in all its forms (the document, the client navigation's RSC payloads, any query string)
# with one key; the instances and the addresses allowed to purge come from clinic-backends.vcl
# (written by scripts/varnish-front.mjs here; by hand in production, deploy/README.md).

import std;
import xkey;

include "clinic-backends.vcl";

sub vcl_recv {
    set req.backend_hint = instances.backend();

    # The webhook's purge (lib/cluster/front.ts): `xkey-purge: /a /b …`, from the instances only.
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Purging is not allowed from this address"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "Name the paths to purge in the xkey-purge header"));
        }
        set req.http.x-purged = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.x-purged + " objects"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The webhook, draft mode's switches and the Studio: never from a cache.
    if (req.url ~ "^/(api|studio)(/|\?|$)") {
        return (pass);
    }
    # Draft mode (Next.js's bypass cookie): the staff's previews are neither served from nor
    # stored in the cache.
    if (req.http.Cookie ~ "(^|;\s*)__prerender_bypass=") {
        return (pass);
    }
    # No page reads any other cookie; an analytics cookie must not make every request a pass.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_hash {
    # Client navigations ask for the RSC payload (the `RSC` header; `_rsc` is in the URL). Next.js
    # also answers with Vary on these headers, which Varnish honours; hashed too, to be explicit.
    hash_data(req.http.rsc);
    hash_data(req.http.next-router-prefetch);
    hash_data(req.http.next-router-segment-prefetch);
}

sub vcl_hit {
    if (obj.ttl <= 0s) {
        set req.http.x-front-cache = "STALE";
    }
}

sub vcl_miss {
    set req.http.x-front-cache = "MISS";
}

sub vcl_pass {
    set req.http.x-front-cache = "PASS";
}

sub vcl_backend_fetch {
    # The front's own bookkeeping is not sent to the instances.
    unset bereq.http.x-front-cache;
}

sub vcl_backend_response {
    # An instance that cannot answer: the other one gets the request (GET and HEAD only).
    if (beresp.status >= 500 && bereq.retries < 1 && bereq.method ~ "^(GET|HEAD)$") {
        return (retry);
    }
    set beresp.http.xkey = regsub(bereq.url, "\?.*$", "");
    # Next.js's notes on its own cache mean nothing past the front (x-front-cache says what the
    # front did), and every cache hit would send them again. The client router reads the stale
    # time of an RSC payload: it stays there.
    unset beresp.http.x-nextjs-cache;
    unset beresp.http.x-nextjs-prerender;
    if (!bereq.http.rsc) {
        unset beresp.http.x-nextjs-stale-time;
    }
    # Share images: Next.js sends them with max-age=0 (browsers and crawlers ask again), but they
    # change only when their page does, and the webhook purges them with it: stored like a page.
    if (beresp.status == 200 && bereq.url ~ "/opengraph-image(-[0-9a-z]+)?(\?|$)") {
        set beresp.ttl = 1h;
        set beresp.grace = 24h;
        return (deliver);
    }
    # Only what the site marks as cacheable for shared caches: its static pages (s-maxage, with
    # stale-while-revalidate, which Varnish turns into grace) and build assets. Not the proxy's
    # redirects (no Cache-Control: a changed redirect must apply at once), not the uncached 404 of
    # unknown addresses, not errors, not a response that sets a cookie.
    if (!beresp.http.Cache-Control
        || beresp.http.Cache-Control ~ "(private|no-store|no-cache)"
        || beresp.status == 404
        || beresp.status >= 500
        || beresp.http.Set-Cookie) {
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
    # Keep a stored page at least a day after it goes stale, for when every instance is down.
    if (beresp.grace < 24h) {
        set beresp.grace = 24h;
    }
    return (deliver);
}

sub vcl_backend_error {
    # Connection refused or timed out (an instance just killed, before its probe notices).
    if (bereq.retries < 1 && bereq.method ~ "^(GET|HEAD)$") {
        return (retry);
    }
    # No instance answers and nothing is stored: a plain message, not Varnish's error page.
    set beresp.http.Content-Type = "text/plain; charset=utf-8";
    set beresp.http.Retry-After = "30";
    synthetic("The site cannot be reached just now. Please try again in a minute.");
    return (deliver);
}

sub vcl_deliver {
    if (!req.http.x-front-cache) {
        set req.http.x-front-cache = "HIT";
    }
    set resp.http.x-front-cache = req.http.x-front-cache;
    # Served from the cache while no instance answers: said so.
    if (!std.healthy(req.backend_hint)) {
        set resp.http.x-front-instances = "down; served from the front's cache";
    }
    unset resp.http.xkey;
    unset resp.http.via;
    unset resp.http.x-varnish;
}
