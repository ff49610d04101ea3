import {encodeSignatureHeader} from '@sanity/webhook'
const body = process.argv[2]
const sig = await encodeSignatureHeader(body, Date.now(), 's3cret')
const r = await fetch('http://127.0.0.1:4555/api/revalidate', {method: 'POST', headers: {'sanity-webhook-signature': sig, 'content-type': 'application/json'}, body})
console.log(r.status, await r.text())
