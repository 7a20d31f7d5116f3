/* fuzz-analysis.h
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The analysis fuzz targets read the bytes as plain text (as an import would), then
 * check that whatever analysis finds lies within that text. */

#pragma once

#include "fuzz-common.h"
#include "dsr-aliases.h"
#include "dsr-recognizer.h"

G_BEGIN_DECLS

int LLVMFuzzerInitialize (int    *argc,
                          char ***argv);

static DsrRecognizer *fuzz_recognizer;

/* The word lists take seconds to load under the sanitizers: once per fuzzing process,
 * before the first input, so that loading is not taken for a slow input. */
int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;

  fuzz_recognizer = dsr_recognizer_new (&error);
  if (fuzz_recognizer == NULL)
    g_error ("the recogniser's word lists are missing: %s", error->message);
  dsr_recognizer_add_known (fuzz_recognizer, "Helen Okafor", DSR_ENTITY_PERSON);
  dsr_recognizer_add_rejected (fuzz_recognizer, "Monday");
  return 0;
}

static inline DsrDocumentContent *
fuzz_read_text (const uint8_t *data,
                size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  DsrDocumentContent *content = dsr_text_reader_read (bytes, "fuzz.txt", NULL);

  if (content != NULL)
    fuzz_assert_content_valid (content);
  return content;
}

static inline void
fuzz_assert_range (const DsrDocumentContent *content,
                   gint64                    start,
                   gint64                    end)
{
  g_assert (start >= 0 && start <= end && end <= content->chars);
}

/* Finds the mentions and groups them, as the analyzer does. */
static inline void
fuzz_recognize (DsrDocumentContent *content)
{
  content->mentions = dsr_recognizer_find (fuzz_recognizer, content->text->str,
                                           content->spans);
  content->groups = dsr_aliases_group (content->text->str, content->mentions);

  for (guint i = 0; i < content->mentions->len; i++)
    {
      const DsrEntityMention *mention = &g_array_index (content->mentions, DsrEntityMention, i);

      fuzz_assert_range (content, mention->start, mention->end);
      g_assert (mention->start < mention->end);
      g_assert (mention->group >= -1 && mention->group < (int)content->groups->len);
    }
  for (guint i = 0; i < content->groups->len; i++)
    g_assert (g_utf8_validate (g_array_index (content->groups, DsrEntityGroup, i).name, -1, NULL));
}

G_END_DECLS
