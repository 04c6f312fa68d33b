// Read every record of a WARC with warcio (an independent reader) and
// check its block and payload digests; print "records N" and exit 1 on
// any disagreement.
import { WARCParser } from "warcio";
import fs from "node:fs";
import crypto from "node:crypto";

const file = process.argv[2];
const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

function base32(buf) {
	let bits = 0, value = 0, out = "";
	for (const b of buf) {
		value = (value << 8) | b;
		bits += 8;
		while (bits >= 5) {
			out += alphabet[(value >>> (bits - 5)) & 31];
			bits -= 5;
		}
	}
	if (bits > 0)
		out += alphabet[(value << (5 - bits)) & 31];
	while (out.length % 8)
		out += "=";
	return out;
}

function digest(bytes) {
	return "sha256:" + base32(crypto.createHash("sha256").update(bytes).digest());
}

let bad = 0;
async function pass(parseHttp) {
	const parser = new WARCParser(fs.createReadStream(file), { parseHttp });
	let n = 0;
	for await (const record of parser) {
		n++;
		const h = record.warcHeaders;
		const bytes = await record.readFully(false);
		const name = parseHttp ? "WARC-Payload-Digest" : "WARC-Block-Digest";
		const want = h.headers.get(name);
		if (parseHttp && !record.httpHeaders)
			continue;
		if (want !== digest(bytes)) {
			console.log(`record ${n} (${h.headers.get("WARC-Type")}): ` +
			    `${name} ${want} but warcio reads ${digest(bytes)}`);
			bad++;
		}
	}
	return n;
}

const n = await pass(false);
const m = await pass(true);
console.log(`records ${n}`);
if (n !== m || n === 0)
	bad++;
process.exit(bad ? 1 : 0);
