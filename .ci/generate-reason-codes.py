#!/usr/bin/env python3
"""Regenerates docs/reason-codes.md from src/RepayableAdvance/BuiltInReasonTemplates.cs (run from the repository root)."""
import re

src = open('src/RepayableAdvance/BuiltInReasonTemplates.cs', encoding='utf-8').read()
rows = re.findall(r'\("([a-zA-Z.]+)", "((?:[^"\\]|\\.)*)", "((?:[^"\\]|\\.)*)"\)', src)


def placeholders(template):
    seen = []
    for name in re.findall(r'\{([a-zA-Z0-9]+)\}', template):
        if name not in seen:
            seen.append(name)
    return ', '.join('`' + x + '`' for x in seen) or '—'


def esc(text):
    return text.replace('|', '\\|')


out = [
    '# Reason codes', '',
    'Every built-in reason code, with its English and French templates. Codes are stable: a code never changes',
    "meaning. Eligibility leaf codes are `<rule>.met` / `<rule>.notMet` (plus named variants), sizing codes are",
    "`sizing.<rule>`, where `<rule>` is the rule's catalogue name, the same name JSON documents use.",
    '`ReasonFormatterTests.EveryCode_HasEnglishAndFrenchTemplates_WithSamePlaceholders` checks that both templates exist',
    'with the same placeholders, and `ReasonCodesDocTests` checks that this page lists every code. Override any template',
    'with `ReasonFormatter.WithTemplate(code, culture, template)`. Regenerate this page with',
    '`python3 .ci/generate-reason-codes.py`.', '',
    '| Code | Placeholders | English | French |', '| --- | --- | --- | --- |',
]
for code, en, fr in rows:
    out.append('| `' + code + '` | ' + placeholders(en) + ' | ' + esc(en) + ' | ' + esc(fr) + ' |')
open('docs/reason-codes.md', 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print(f'{len(rows)} codes')
