/* fuzz-quotes.c
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer entry point: the quotation detector, given any text and the mentions the
 * recogniser found in it, finds quotations, speakers and cues within the text. */

#include "config.h"

#include "fuzz-analysis.h"
#include "dsr-quotes.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(DsrDocumentContent) content = fuzz_read_text (data, size);

  if (content == NULL)
    return 0;

  fuzz_recognize (content);
  content->quotes = dsr_quotes_find (content->text->str, content->spans, content->mentions,
                                     content->groups);
  for (guint i = 0; i < content->quotes->len; i++)
    {
      const DsrQuote *quote = &g_array_index (content->quotes, DsrQuote, i);

      fuzz_assert_range (content, quote->start, quote->end);
      g_assert (quote->start < quote->end);
      g_assert (quote->speaker_group >= -1 && quote->speaker_group < (int)content->groups->len);
      if (quote->speaker_start >= 0)
        fuzz_assert_range (content, quote->speaker_start, quote->speaker_end);
      if (quote->cue != NULL)
        {
          g_assert (g_utf8_validate (quote->cue, -1, NULL));
          fuzz_assert_range (content, quote->cue_start, quote->cue_end);
        }
    }
  return 0;
}
