/*
 * fuzz_bundle.c: a libFuzzer target for the bundle verifier. Evidence
 * bundles come from outside (anyone may hand one in to be checked), so the
 * verifier must not crash, hang or read out of bounds on any input: a ZIP,
 * SHA256SUMS, chain.tsv, the checkpoint and the WARC are all parsed here.
 * Built and run by `make fuzz` (clang), not by `make check`.
 */
#include "autoconfig.h"

#include <stdint.h>
#include <string.h>

#include "evidence/evidence.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* Verify one input as a bundle, and its WARC checker directly. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct verify_result	res;
	struct strlist		fails = { NULL, 0 };
	size_t			n;

	memset(&res, 0, sizeof res);
	bundle_verify_buffer(data, size, &res);
	verify_result_clear(&res);
	warc_check(data, size, &fails, &n);
	strlist_free(&fails);
	return (0);
}
