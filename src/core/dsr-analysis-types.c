/* dsr-analysis-types.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dsr-analysis-types"

#include "config.h"

#include "dsr-analysis-types.h"

/* For g_array_set_clear_func() on arrays of groups. */
void
dsr_entity_group_clear (DsrEntityGroup *group)
{
  g_clear_pointer (&group->name, g_free);
  g_clear_pointer (&group->aliases, g_ptr_array_unref);
}

/* For g_array_set_clear_func() on arrays of quotes. */
void
dsr_quote_clear (DsrQuote *quote)
{
  g_clear_pointer (&quote->cue, g_free);
}
