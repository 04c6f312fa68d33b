/*
 * empty_table.c: no weights, for the features program, which prints what
 * the harm model reads and so must be built before the model's table is
 * learnt (the features do not depend on the weights).
 */
#include "autoconfig.h"

#include "analyzers/harm_model.h"

const float hm_bias[HM_NCLASS] = { 0 };
const struct hm_weight hm_table[] = { { 0, { 0 } } };
const size_t hm_ntable = 0;
