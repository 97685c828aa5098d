// Compiled (never run) by test/types.test.mjs with `tsc --strict --noEmit`: the hand-written
// types must accept the documented uses and reject the wrong ones (`@ts-expect-error` lines
// fail the compile if they stop being errors).
import {
  BanglaDateError, extract, extractAll, format, parse, parseDate, readDocument, ruleChoices, rules,
  toBangla, toGregorian, type Anchor, type Document, type Match, type Mention, type Rule,
  type Warning,
} from 'bangla-dateparser';
import Calendar, { getDate } from 'bangla-dateparser/compat';

const text = '০৫:৪১ অপরাহ্ন, শুক্রবার, ০২ জানুয়ারী ২০২৬';
const m: Match = parse(text, { reference: new Date(), prefer: 'past', rule: 'bd2019', timeZone: '+06:00' });
const iso: string | null = m.datetime;
const when: Date | null = m.toDate();
const slice: string = text.slice(m.span.start, m.span.end);
const same: boolean = m.start === m.span.start && m.end === m.span.end;
const firstWarning: Warning | undefined = m.warnings[0];
const code: string | undefined = firstWarning?.kind;
const said: string | undefined = firstWarning?.message;
const period: 'morning' | 'night' | string | null = m.period;
const rule: Rule | null | undefined = m.bangla?.rule;
const d: Date | null = parseDate(text, { reference: '2026-01-02T10:00' });
const readOn: (Match | BanglaDateError)[] = extractAll(text, { readOn: new Date() });
void parse(text, { readOn: '2026-12-07' });
const all: Match[] = extract(text, { skipInvalid: true });
for (const item of extractAll(text)) {
  if (item instanceof BanglaDateError) {
    const span: [number | null, number | null] = [item.start, item.end];
    const where: number | undefined = item.span?.start;
    void where;
    const kind: string = item.kind;
    void span;
    void kind;
  } else {
    const start: number = item.start;
    void start;
  }
}
const b = toBangla(new Date(), { rule: 'wb-drik', timeZone: 'Asia/Kolkata' });
const day: number = b.day;
const name: string = b.monthName;
const g = toGregorian(1433, 'বৈশাখ', 1, { rule: 'bd2019' });
const gIso: string = g.iso;
const printed: string = format('2026-01-02T17:41', 'header', { rule: 'bd1987' });
const names: Rule[] = rules();
const choices: string[] = ruleChoices();
const start: Date = b.toDate();
const cal = new Calendar(1432, 9, 19, { rule: 'bd1987' });
const back: { year: number; month: number; day: number } = cal.toGregorian();
const s: string = getDate(new Date(), { calculationMethod: 'IN' });

// @ts-expect-error: not a rule
parse(text, { rule: 'bd2020' });
// @ts-expect-error: prefer takes three words
parse(text, { prefer: 'soon' });
// @ts-expect-error: readOn is a Date or a YYYY-MM-DD string
parse(text, { readOn: 20261207 });
// @ts-expect-error: the text is a string
parse(42);
// @ts-expect-error: toDate() may be null
const notNull: Date = m.toDate();
// @ts-expect-error: weekdays are the library's codes
const weekday: number | null = m.weekday;
// @ts-expect-error: a misspelt option
parse(text, { timezone: 'Asia/Kolkata' });
// @ts-expect-error: not a zone the package carries
parse(text, { timeZone: 'Europe/London' });

void [iso, when, slice, same, code, said, period, rule, d, all, day, name, gIso, printed, names, choices, start,
  back, s, notNull, weekday];

const doc: Document = readDocument('বুধবার (১২ জুন) সকালে মিছিল হয়। পরদিন সন্ধ্যা ৭টায় সমাবেশ।', {
  reference: '2024-06-14T09:00',
});
const firstMention: Mention | undefined = doc.mentions[0];
const value: string | null | undefined = firstMention?.value;
const anchor: Anchor | undefined = firstMention?.anchor;
if (anchor?.to === 'mention') {
  const from: [number, number, number] = [anchor.from.start, anchor.from.end, anchor.days];
  void from;
}
const kind: string | undefined = firstMention?.kind.type;
if (firstMention?.kind.type === 'duration') {
  const days: number = firstMention.kind.days;
  void days;
}
const moment: Date | null | undefined = firstMention?.toDate();
const expression: string | null | undefined = firstMention?.expression?.datetime;
void [kind, moment, expression];
const docErrors: BanglaDateError[] = doc.errors;
// @ts-expect-error a story anchor has no `days`
if (anchor?.to === 'story') void anchor.days;
// @ts-expect-error the text must be a string
readDocument(42);
void value;
void docErrors;
