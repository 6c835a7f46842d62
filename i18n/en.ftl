# Messages `ip` writes for the person at the terminal, in English.
# Every id here is in nb.ftl and nn.ftl too, with the same variables (a unit test in
# src/messages.rs fails otherwise). The full texts of `ip explain` are i18n/explain/ (nb, nn).

## Prefixes

note-prefix = note
error-prefix = error

## ip validate

validate-summary = { $plans ->
        [one] { $plans } plan
       *[other] { $plans } plans
    } checked: { $valid } valid, { $invalid } invalid; { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }.
findings-listed = { $path }: { $listed ->
        [one] one more finding, on one line
       *[other] { $listed } more findings, one line each
    } (the first { $drawn } are drawn in full above; --format json gives every finding whole):
validate-skipped = skipped { $count ->
        [one] a file
       *[other] files
    } outside the plans of { $config }: { $names } (`--force-paths` checks them)
validate-nothing = no plans among the files given: nothing to check

## ip due

due-header-state = State
due-header-plan = Plan
due-header-person = Person
due-header-coordinator = Coordinator
due-header-next = Next revision
due-header-days = Days
due-header-commit = Last commit
due-state-overdue = overdue
due-state-period-ended = period ended
due-state-invalid = invalid
due-state-due-soon = due soon
due-state-consent-expired = consent expired
due-state-consent-expiring = consent expiring
due-state-ok = ok
due-state-closed = closed
due-today = today
due-tomorrow = tomorrow
due-overdue-days = { $days ->
        [one] { $days } day overdue
       *[other] { $days } days overdue
    }
due-consent-ended-on = consent ended { $date }: ask for consent again
due-consent-ends-on = consent ends { $date }
due-in-days = { $days ->
        [one] in { $days } day
       *[other] in { $days } days
    }
due-run-validate = run `ip validate`
due-period-ended-on = period ended { $date }
due-on-or-before = { $commit } on or before { $date } { $author }
due-never-committed = never committed
due-not-in-git = not in git
due-uncommitted = + uncommitted changes
due-closing = { $needing } of { $total ->
        [one] { $total } plan needs
       *[other] { $total } plans need
    } attention as of { $date } (window { $within }).
due-none = No plan needs revision as of { $date } (window { $within }; { $total ->
        [one] { $total } plan
       *[other] { $total } plans
    } checked). `--all` lists every plan.
due-shallow = this is a shallow clone: history is cut short, so a last commit marked "on or before" may be older (`git fetch --unshallow` fetches all of it)

## ip history

history-header-date = Date
history-header-author = Author
history-header-commit = Commit
history-header-message = Message
history-header-changes = What changed
history-on-or-before = on or before
history-none = { $plan } has no commits yet.
history-shallow = this is a shallow clone: history is cut short, so the oldest entry may not be where the plan began (`git fetch --unshallow` fetches all of it)
history-not-found = no such file, now or in the repository's history

## ip diff

diff-range = { $plan }: from { $from } ({ $date }) to { $to }
diff-working-file = the working file
diff-no-change = No change.
diff-layout-only = No change in plan terms (only comments or layout differ).

## Lines said on stderr

said-wrote = wrote { $path }
said-wrote-calendar = wrote { $path }: { $events ->
        [one] { $events } event
       *[other] { $events } events
    } from { $plans ->
        [one] { $plans } plan
       *[other] { $plans } plans
    }
said-no-events = no events: no plan matched, or none has a date in the window
said-wrote-man = wrote { $count } man pages to { $dir }
said-wrote-new = wrote { $path }: fill it in, then run `ip validate { $path }`
said-not-rendered = not rendered: fix the errors above, or use `--draft` to print a plan marked as a draft
migrate-done = migrated { $file } to format version 2
migrate-pending = { $file } is format version 1 (`ip migrate` moves it to version 2)
migrate-current = { $file } is already format version 2
migrate-unreadable = not migrated: this is not a version 1 plan that ip can read
migrate-unreadable-help = fix what `ip validate` reports for it, then run `ip migrate` again
revise-invalid = the plan is not valid
revise-on-future = the revision date { $on } is after today ({ $today })
revise-on-future-help = a revision is recorded once it has been held: leave out `--on` for today, or give the day it was held
revise-beyond-calendar = { $last } plus { $interval } is beyond the calendar
revise-no-interval = no revision interval to compute the next revision from
revise-no-interval-help = give `--next DATE`, or set `revision.interval` in the plan or in ip.toml
revise-next-not-after = the next revision ({ $next }) must be after the revision date ({ $last })
revise-next-after-period = the next revision ({ $next }) is after the plan period ends ({ $end })
revise-next-after-period-help = give `--next` on or before { $end }; if the plan goes on, extend `period.end` first
said-not-revised = not revised: fix the errors above first (`ip revise` only records a revision of a valid plan)
said-revised = revised { $file }: last revision { $last }, next revision { $next }
said-committed = ; committed { $commit }

## Errors (exit code 2)

error-read = cannot read { $path }: { $err }
error-read-configured = cannot read { $path } (a `plans` folder of { $config }): { $err }
error-stdin = cannot read standard input: { $err }
error-current-dir = cannot read the current folder: { $err }
error-walk = cannot walk { $path }: { $message }
error-no-plans = no plans found in { $path }
error-no-plans-help = plans are files ending in .yaml or .yml; files ignored by .gitignore and hidden folders are skipped
error-write = cannot write { $path }: { $err }
error-create-dir = cannot create { $path }: { $err }
error-exists = { $path } already exists; `ip` never overwrites it
error-exists-help = choose another name, or delete the file first
error-git = git: { $context }: { $message }
error-not-in-git = { $path } is not in a git repository
error-not-in-git-help = history comes from git: run `git init` and commit the plan, or run this inside the repository
error-outside-work-tree = { $path } is not inside the repository's work tree
error-no-identity = git has no identity to commit with: { $message }
error-no-identity-help = set it with `git config --global user.name "Your Name"` and `git config --global user.email you@example.no`
error-render = cannot render { $file }: { $message }
error-refused = not exported: { $count ->
        [one] { $count } invalid plan
       *[other] { $count } invalid plans
    }: { $names }
error-refused-more = { $names } and { $more } more
error-refused-help = `ip validate` shows what is wrong; `--draft` exports invalid plans anyway (a file that is not a plan at all cannot be exported)
error-config = broken ip.toml: { $path }:{ $line }:{ $column }: { $message }
error-config-label = here

## Findings of the content rules (src/checks/)

finding-no-id = (no id)
finding-did-you-mean = did you mean `{ $word }`?
finding-id-list-more = { $ids } and { $more } more
finding-barnekoordinator-age = a barnekoordinator is for a child under 18, but the person was { $age } when the plan started ({ $day })
finding-barnekoordinator-age-help = write `kind: koordinator`
finding-child-views = the person was { $age } when the plan started, and the plan records none of their own views
finding-child-views-help = add `voice:` with what the child said, when, and who wrote it down
finding-consent-after-start-first = the first consent to the plan was given { $given } but the plan period started { $start }
finding-consent-after-start = consent was given { $given } but the plan period started { $start }
finding-consent-after-start-help = consent comes first: correct the date, or start the period on or after the consent date
finding-consent-by-minor = the person was { $age } on the consent date { $given }, too young to consent alone
finding-consent-by-minor-help-v2 = below 16, those with parental responsibility consent: one record each, with `party:` the id of each under `person.representatives`
finding-consent-by-minor-help = below 16, write `by: representative` and the representative's `name`
finding-consent-parties-parent = { $who } (`{ $id }`) has parental responsibility but has not consented to the plan: the person was { $age } when it started ({ $day })
finding-consent-parties-parent-help = below 16 everyone with parental responsibility consents: add a record with `party: { $id }` and `covers: plan`
finding-consent-parties-person = the person was { $age } when the plan started ({ $day }) and has not consented to it: from 16 the person consents
finding-consent-parties-person-help = add a record with `party: person` and `covers: plan`; if a representative consents because the person lacks capacity, give that representative a `reason`
finding-consent-turns-16 = the person turns 16 on { $date }, during the plan period: from that day they consent themselves
finding-consent-turns-16-help = ask the person on or after { $date }, and add a record with `party: person` and `covers: plan`
finding-consent-withdrawn-records = consent to the plan was withdrawn { $date } but the plan is still active
finding-consent-withdrawn-records-help = set `status: closed`, or add the new consent as a record of its own
finding-consent-withdrawn = consent was withdrawn { $date } but the plan is still active
finding-consent-withdrawn-help = set `status: closed`
finding-coordinator-details = the coordinator has neither `phone` nor `email`
finding-coordinator-details-help = add `phone:` (in quotes) or `email:` under `coordinator`
# $noun: goal, measure or participant.
finding-duplicate-id = { $noun ->
        [goal] goal
        [measure] measure
       *[participant] participant
    } id `{ $id }` is used twice (first on line { $line })
finding-duplicate-id-help = give this { $noun ->
        [goal] goal
        [measure] measure
       *[participant] participant
    } an id of its own
finding-goal-unserved = no measure serves goal `{ $id }`
finding-goal-unserved-help = add `{ $id }` to the `goals` of the measure that works towards it
# $place: value (the number is in a value) or comment (in a comment or a key).
finding-identity-number = this looks like a Norwegian national identity number ({ $place ->
        [value] in a value
       *[comment] in a comment or key
    })
finding-identity-number-help = remove it: git keeps every version of the file for ever; identify the person by name and `born`
finding-measure-order = measure { $measure } ends ({ $end }) before it starts ({ $start })
finding-measure-order-help = swap the dates or correct the year
finding-measure-outside = measure { $measure } has date { $date } outside the plan period ({ $start } – { $end })
finding-measure-outside-help = move the date inside the period, or extend `period`
finding-no-sharing-consent-records = no consent record covers sharing confidential information among the participants
finding-no-sharing-consent-records-help = health personnel may still share what cooperating personnel need for the person's care unless the person objects (helsepersonelloven § 25); other participants need the consent. Record the person's choice: a record with `covers: sharing`, or accept this warning with the reason
finding-no-sharing-consent = the person has not consented to sharing confidential information among the participants
finding-no-sharing-consent-help = health personnel may still share what cooperating personnel need for the person's care unless the person objects (helsepersonelloven § 25); other participants need the consent. Make sure everyone knows, or accept this warning with the reason
finding-no-sharing-consent-unrecorded = the plan does not record whether the person consents to sharing information
finding-no-sharing-consent-unrecorded-help = add `sharing: true` or `sharing: false` under `consent`
finding-participants-besides-coordinator = the coordinator is the only participant
finding-participants-besides-coordinator-help = add the person and the services that take part, each with what they contribute
finding-period-order = the plan period ends ({ $end }) on or before it starts ({ $start })
finding-period-order-help = check the years: `period.end` must be after `period.start`
finding-representative-unknown = consent was given by `{ $party }`, who is neither `person` nor a representative of the person ({ $known })
finding-representative-unknown-none = the person has no representatives with an id
finding-representative-unknown-list = representatives: { $ids }
finding-representative-unknown-help = add them under `person.representatives` with this `id`, their `name` and `authority`, or correct `party`
finding-representative-unnamed = consent was given by a representative, but `consent.name` does not say who
finding-representative-unnamed-help = add `name:` under `consent` with the representative's name
finding-revision-after-period = the next revision ({ $next }) is after the plan period ends ({ $end })
finding-revision-after-period-help = revise before the period ends, or extend `period.end`
finding-revision-before-period = the next revision ({ $next }) is before the plan period starts ({ $start })
finding-revision-before-period-help = check the year of `revision.next`
finding-unknown-goal = measure { $measure } serves goal `{ $goal }`, which does not exist
finding-unknown-goal-help = the goal ids are: { $ids }
# $place: where the reference stands.
finding-unknown-participant = { $place ->
        [consent] a consent to share
        [recorded-by] `recorded_by`
        [group] the responsibility group
        [leader] the responsibility group's leader
        [evaluation] an evaluation
        [attendees] a meeting's attendees
        [follow-up] a follow-up
        [note] a note
       *[access] an `access` list
    } names `{ $id }`, who is not a participant
finding-unknown-participant-help-near = did you mean `{ $word }`? Write a participant's `id`
finding-unknown-participant-help-coordinator = write a participant's `id`, or `coordinator`
finding-unknown-participant-help = write a participant's `id`
finding-unknown-responsible = measure { $measure } has no responsible participant: `{ $who }` is not a participant id
finding-unknown-responsible-help-near = did you mean `{ $word }`? `responsible` takes a participant id or `coordinator`
finding-unknown-responsible-help = use a participant id ({ $count ->
        [0] none yet
       *[other] { $ids }
    }) or `coordinator`, or add `{ $who }` to `participants`

## Findings of the structural check (src/structure.rs)

finding-the-plan = the plan
# A mapping in a list: $noun is the field table's noun (fields.rs), spaces made dashes.
finding-item-with-id = { finding-noun } `{ $id }`
finding-item-number = { finding-noun } { $number }
finding-noun = { $noun ->
        [representative] representative
        [person] person
        [consent] consent
        [coordinator] coordinator
        [participant] participant
        [goal] goal
        [measure] measure
        [cooperation-entry] cooperation entry
        [period] period
        [revision] revision
        [accepted-warning] accepted warning
        [meeting] meeting
        [voice-entry] voice entry
        [consent-record] consent record
        [responsibility-group] responsibility group
        [evaluation] evaluation
        [decision] decision
        [follow-up] follow-up
        [note] note
        [related-plan] related plan
       *[other] { $noun }
    }
finding-key-of = `{ $key }` of { $owner }
finding-entry = entry { $number } of { $path }
finding-key-not-text = unknown key `{ $key }` in { $owner }: keys are words such as `{ $example }`
finding-key-not-text-help = remove this key or correct its name
finding-unknown-key = unknown key `{ $key }` in { $owner }
finding-unknown-key-help-near = Known keys in { $owner }: { $keys }
finding-unknown-key-help = remove it or use one of the known keys in { $owner }: { $keys }
finding-empty = `{ $key }` in { $owner } is empty
finding-missing = { $owner } has no `{ $key }`
# $letter: the item of the regulation's content list (a–i) the missing key belongs to.
finding-content-item = { $message } (content item { $letter }: { $letter ->
        [a] the person's goals, resources and needs for services
        [b] who takes part in the planning
        [c] who the coordinator is
        [d] what the person, service providers, contributors and relatives will contribute
        [e] which measures are relevant, their extent, and who is responsible for each
        [f] how the measures will be carried out
        [g] the plan period, and when the plan is to be adjusted and revised
        [h] consent to making the plan, and where given, consent to share confidential information
       *[i] necessary or desirable cooperation with other providers, institutions and agencies
    })
# $shape: list, map or value. In English the field's description follows (fields.rs).
finding-missing-help = add { $shape ->
        [list] `{ $key }:` with at least one entry
        [map] a `{ $key }:` section
       *[value] `{ $key }:`
    }
finding-version = unsupported format version { $found }: this `ip` reads versions 1 and 2
finding-version-help-v1 = this plan is written in version 1: write `version: 1`, or run `ip migrate` to move it to version 2
finding-version-help = write `version: { $version }`
finding-not-text = { $path } should be text, but YAML reads this value as { $found }
finding-not-text-help = put the value in quotes, e.g. "77 00 00 17", so it stays exactly as written
finding-not-duration = { $path } is "{ $value }", which is not a duration
finding-not-duration-help = write a number and a unit: `6 months`, `12 weeks`, `30 days` or `1 year`
finding-not-allowed = { $path } is `{ $value }`, which is not an allowed value
finding-allowed-near = Allowed: { $allowed }
finding-allowed = use one of: { $allowed }
finding-entry-empty = { $entry } is empty
finding-entry-empty-help = remove the lone `-` or fill in the entry
finding-entry-blank = { $entry } is blank
finding-entry-blank-help = remove the entry or write its text
finding-wrong-type = { $path } should be { $expected }, but it is { $found }
finding-not-a-date = { $path } is "{ $value }", which is not a date in the form YYYY-MM-DD
finding-not-a-date-help-iso = write it as { $date } (year-month-day, ISO 8601)
finding-not-a-date-help = write dates as YYYY-MM-DD, e.g. 2026-01-15
finding-no-such-day = { $path } is "{ $value }", which is not a day in the calendar
finding-no-such-day-help = check the day and month: the date does not exist
# What a field should hold, for "should be …".
finding-expected = { $type ->
        [text] text
        [bool] true or false
        [date] a date (YYYY-MM-DD)
        [duration] a duration such as "6 months"
        [version-1] the number 1
        [version-2] the number 2
        [enum] one of the allowed words
        [list] a list
       *[map] a mapping of keys
    }
# What YAML read, for "but it is …".
finding-found = { $type ->
        [null] nothing (null)
        [bool] true/false
        [int] a number
        [float] a decimal number
        [text] text
        [list] a list
       *[map] a mapping
    }
finding-type-help-list = write `{ $key }:` followed by entries on their own lines, each starting with `- `
finding-type-help-map = write `{ $key }:` followed by indented keys: { $keys }
finding-type-help-bool = write `true` or `false`
# $doc: what the field holds (fields.rs; in nb and nn from i18n/schema/).
finding-type-help-doc = `{ $key }` holds { $doc }

## Findings of the YAML layer (src/yaml.rs) and of reading files (src/check/)

finding-git-crypt = the file is encrypted with git-crypt: the repository is locked
finding-git-crypt-help = unlock the repository with `git-crypt unlock` and your key
finding-accept-error = { $code } ({ $name }) is an error, and only warnings can be accepted
finding-accept-error-help = fix what the error says; `accept_warnings` is for warnings that do not apply
finding-not-a-rule = `{ $rule }` is not a rule
finding-not-a-rule-help = `ip explain all` lists the rules
# $size has one decimal; $limit is whole.
finding-file-too-large = the file is { $size } MiB; plans are refused above { $limit } MiB
finding-file-too-large-help = a plan is a few kilobytes: check that this is the right file
finding-duplicate-plan-id = plan id `{ $id }` is also the id of { $first }
finding-duplicate-plan-id-help = give every plan its own id, e.g. year and a running number: "2026-018"
finding-not-utf8 = the file is not UTF-8 text (invalid byte at line { $line }, column { $column })
finding-not-utf8-help = save the file as UTF-8 in your editor ("Save with encoding" → UTF-8)
finding-empty-file = the file is empty: a plan is a mapping of keys such as `version`, `id` and `person`
finding-empty-file-help = run `ip new -o FILE` for a skeleton to fill in
finding-not-a-mapping = a plan must be a mapping of keys, but this file holds { $found }
finding-not-a-mapping-help = start the file with `version: 1` and the other top-level keys; `ip new` writes a skeleton
finding-too-large-help = a plan needs only a few levels of nesting and no aliases; write the values out
finding-too-many-values = the YAML holds more than 250,000 values; a plan has a few hundred
finding-too-many-values-help = one file holds one plan: move the rest to files of their own
finding-aliases-expand = the YAML's anchors and aliases expand to more than 250,000 values
finding-too-deep = the YAML nests deeper than 64 levels
finding-several-documents = the file holds several YAML documents; one file is one plan
finding-several-documents-help = remove the `---` separator and move the second plan to a file of its own
finding-duplicate-key = duplicate key `{ $key }`: it already appears earlier in the same mapping
finding-duplicate-key-help = keep one `{ $key }:` and merge the two values
finding-unknown-anchor = the YAML uses an alias (`*name`) with no anchor (`&name`) before it
finding-unknown-anchor-help = define the anchor first, or write the value out
finding-parser-too-deep = the YAML nests deeper than the parser allows
finding-parser-too-deep-help = a plan needs only a few levels of nesting; check for runaway brackets
# Parser errors, in plain words; the finding carries the line and column. $character is
# used by finding-syntax-character only, but every syntax message may use it.
finding-syntax-colon = YAML found `: ` where no new key can start: a value holds a colon and a space, or this key is indented differently from the keys beside it
finding-syntax-colon-help = put text that contains `: ` in quotes, e.g. `description: "Mål: klare handleturen"`; otherwise indent the key with as many spaces as the keys beside it
finding-syntax-tab = this line is indented with a tab; YAML allows only spaces
finding-syntax-tab-help = replace the tab with spaces (most editors can do this for the whole file)
finding-syntax-indentation = the indentation does not line up: YAML cannot tell which section this line belongs to
finding-syntax-indentation-help = indent the line with as many spaces as the other keys of its section; a list entry starts with `- `, and text after a closing quote or bracket must go inside it
finding-syntax-no-colon = this line has no `: ` after its key, or it continues the line above at the wrong indentation
finding-syntax-no-colon-help = write `key: value`; text over several lines goes under `key: |`, every line indented below it
finding-syntax-quote = a quote is opened but never closed
finding-syntax-quote-help = end the text with the same quote mark it starts with (" or '); a quote inside the text is written \" in double quotes or '' in single quotes
finding-syntax-after-quote = there is more text after the closing quote
finding-syntax-after-quote-help = put the whole value inside the quotes, e.g. `name: "Ola «Olle» Hansen"`
finding-syntax-escape = a backslash (`\`) inside double quotes starts a special code that YAML does not know
finding-syntax-escape-help = write `\\` for a backslash, or use single quotes ('…'), where a backslash is an ordinary character
finding-syntax-brackets = a list in brackets `[ ]` or a mapping in braces `{"{"} {"}"}` is not closed or separated correctly
finding-syntax-brackets-help = close every `[` with `]` and every `{"{"}` with `{"}"}`, and separate the items with commas; text with a comma, colon or bracket in it needs quotes
finding-syntax-character = a value starts with `{ $character }`, which YAML reserves for its own use
finding-syntax-character-help = put the value in quotes: text that starts with `@`, `` ` ``, `%`, `&`, `*`, `!`, `|`, `>`, `[` or `{"{"}` needs them
finding-syntax-dash = a value starts with `-` followed by a bracket or comma, which YAML cannot read
finding-syntax-dash-help = put the value in quotes
finding-syntax-comment = a `#` here is taken as the start of a comment, where YAML does not allow one
finding-syntax-comment-help = put a space before the `#` of a comment; text with a `#` in it needs quotes
finding-syntax = the YAML cannot be read here (the parser says: { $detail })
finding-syntax-help = check the indentation and quoting on this line: text containing `: ` or starting with a special character needs quotes

## The label under a finding's snippet

# The law's citation stays Norwegian in English too: it names the regulation.
finding-label-law = forskrift om individuell plan ved ytelse av velferdstjenester, innhold bokstav { $letter }
finding-label-here = here

## What changed in a plan (ip history, ip diff: src/changes.rs)

# $noun: a list, section or field of the plan, by its key.
change-noun = { $noun ->
        [goal] goal
        [measure] measure
        [participant] participant
        [cooperation] cooperation with
        [accepted-warning] accepted warning
        [meeting] meeting
        [resource] resource
        [need] need
        [person] person
        [consent] consent
        [coordinator] coordinator
        [period] period
        [version] format version
        [id] plan id
        [status] status
        [language] language
        [kind] plan kind
        [background] background
        [responsibility-group] responsibility group
        [consent-record] consent
        [voice] own words
        [note] note
        [related-plan] related plan
       *[other] { $noun }
    }
change-item-added = { change-noun } { $label } added
change-item-changed = { change-noun } { $label } changed
change-item-removed = { change-noun } { $label } removed
change-added = { change-noun } added
change-removed = { change-noun } removed
change-changed = { change-noun } changed
change-revision-moved = revision moved
change-revision-changed = revision changed
change-plan-created = plan created
change-plan-deleted = plan deleted
change-unreadable = edited (one of the versions is not valid YAML, so no plan-level comparison)
change-renamed = renamed from { $old }
change-layout-only = no change in plan terms (layout or comments)
# $field: the plan's own key, e.g. `extent` or `revision.next`.
change-field = { $field } { $old } → { $new }
change-field-set = { $field } set to { $new }
change-field-removed = { $field } removed (was { $old })
change-none = (none)
change-plan-absent = the plan exists in neither { $from } nor { $to }

## Git errors: what `ip` was doing (git's own words follow, in git's language)

git-in-repository = { $context } ({ $repository })
git-cannot-read = cannot read { $path } ({ $repository })
git-locked = the plan is encrypted with git-crypt and the repository is locked
git-locked-help = unlock it with `git-crypt unlock` and your key, then run this again
git-help-owner = git refuses a repository owned by another user: if you trust it, run `git config --global --add safe.directory <the repository>`
git-help-objects = the repository is missing objects: run `git fsck` and fetch what is missing (`git fetch`)
git-help-status = check the repository with `git status`
git-cannot-open = cannot open the repository at { $path }
git-cannot-open-help = the `.git` file or folder is broken: check it with `git status` there
git-cannot-open-holding = cannot open the repository holding { $path }
git-cannot-open-work-tree = cannot open the work tree { $path }
git-read-head = cannot read HEAD
git-read-head-commit = cannot read the commit HEAD points at
git-walk-history = cannot walk history
git-read-commit = cannot read a commit
git-read-tree = cannot read a tree
git-read-parent-tree = cannot read a parent's tree
git-read-head-tree = cannot read HEAD's tree
git-read-status-of = cannot read the status of { $path }
git-read-status = cannot read the status
git-no-revision = no revision `{ $rev }` in { $repository }
git-no-revision-help = name a commit, branch or tag that exists: `git log --oneline` lists them
git-read-revision = cannot read revision `{ $rev }`
git-not-a-commit = `{ $rev }` is not a commit
git-read-object = cannot read the file object { $object }
git-compare-trees = cannot compare trees
git-find-renames = cannot find renames
git-decrypt = cannot decrypt { $path }
git-read-at-head = cannot read { $path } at HEAD
git-cannot-run = cannot run `git`: { $err }
git-cannot-run-help = install git (Debian: `apt install git`); `ip` uses it to commit
git-cannot-commit-in = cannot commit in { $repository }
git-locked-index = another git process holds { $lock }
git-locked-index-help = wait for it to finish and try again; remove the lock file only if no git process is running
git-cannot-commit = cannot commit { $path }
git-ignored = the file is ignored by .gitignore, so `git add` would refuse it
git-ignored-help = commit it yourself with `git add -f` if it belongs in git
git-cannot-stage = cannot stage { $path }
git-read-new-commit = cannot read the new commit
git-no-new-commit = HEAD has no commit after `git commit`

## Errors of commands (exit code 2), inner messages

# $engine: auto, weasyprint or chromium (the `--pdf-engine` asked for).
error-no-pdf-engine = { $engine ->
        [weasyprint] weasyprint was not found on PATH
        [chromium] chromium was not found on PATH
       *[auto] no program to make PDFs with was found
    }: install weasyprint (Debian: apt install weasyprint) or chromium
error-no-pdf-engine-help = or render `--format html` and print it from a browser
error-pdf-to-terminal = a PDF is not for the terminal
error-pdf-to-terminal-help = write it to a file with `-o FILE` or `--out-dir DIR`, or redirect: `> plan.pdf`
error-is-a-folder = it is a folder
error-symlink-loop = too many levels of symbolic links
error-not-a-regular-file = it is not a regular file
error-output-is-yaml = { $path } is a YAML file; `ip render` never overwrites one (it may be a plan)
error-output-is-yaml-help = choose an output name ending in .md, .html or .pdf
error-read-only = the plan is read-only; `ip revise` does not change a read-only file
error-read-only-help = make it writable (`chmod u+w FILE`) if it is to be revised
error-export-one-plan = { $path } holds { $count } plans; `ip export` writes one plan
error-export-one-plan-help = name one plan file
error-lsp-stopped = the language server stopped: { $message }
error-lsp-stopped-help = `ip lsp` speaks the Language Server Protocol on stdin and stdout: start it from an editor
migrate-would-break = the migrated plan would break rules the original does not ({ $codes }): the file was left as it was
migrate-would-break-help = this is a fault in ip: please report it with the plan's structure (not its content)
error-revise-too-large = the file is { $size } bytes; plans are refused above { $limit } bytes (8 MiB)
# $changes: one line per change, each starting with a line break.
error-revise-uncommitted = the plan has uncommitted changes that `--commit` would commit with the revision:{ $changes }
error-revise-uncommitted-help = commit or undo them first (`ip diff` shows them), or add `--include-changes`
# ip render: several plans, but one output ($target: the -o file).
error-render-many-to-stdout = { $count } plans given, but only one can go to standard output
error-render-many-to-one = { $count } plans given, but only one can go to { $target }
error-render-many-to-one-help = use `--out-dir DIR` to render several plans, one file each
error-render-stdin-alone = `-` (standard input) can only be rendered on its own
error-templates-missing = the templates folder does not exist
error-render-over-plan = { $path } is one of the plans; `ip render` will not overwrite it
error-render-same-target = two plans would be written to { $path }
error-render-same-target-case = two plans would be written to { $path } and { $other }, one file where letter case is not told apart (Windows, macOS)
error-render-same-target-help = give the plans unique ids
error-render-not-a-plan = the file is not a plan that can be read
error-render-no-participant = no participant `{ $id }` in the plan
error-render-no-participant-help = the participant ids in { $path } are: { $ids }
error-render-no-pdf-program = no program to make PDFs with
error-pdf-temp = cannot make a temporary folder for the PDF: { $err }
error-pdf-did-not-run = { $engine } did not run: { $err }
error-pdf-timeout = it took longer than { $seconds } s and was stopped
error-pdf-no-pdf = { $engine } made no PDF: { $why }
detail-configuration = configuration: { $path }
error-stdout = cannot write to standard output: { $err }

## ip explain (src/explain.rs)
explain-error = error
explain-warning = warning
# $letter: a–i; $item: what the regulation asks for under it (explain-item-*).
explain-law = The law: forskrift om individuell plan ved ytelse av velferdstjenester, innhold bokstav { $letter }: the plan must contain { $item }.
explain-item-a = the person's goals, resources and needs for services
explain-item-b = who takes part in the planning
explain-item-c = who the coordinator is
explain-item-d = what the person, service providers, contributors and relatives will contribute
explain-item-e = which measures are relevant, their extent, and who is responsible for each
explain-item-f = how the measures will be carried out
explain-item-g = the plan period, and when the plan is to be adjusted and revised
explain-item-h = consent to making the plan, and where given, consent to share confidential information
explain-item-i = necessary or desirable cooperation with other providers, institutions and agencies
explain-unknown = no rule is called `{ $code }`
explain-unknown-near = did you mean `{ $near }`? `ip explain all` lists every rule
explain-unknown-help = `ip explain all` lists every rule
io-not-found = no such file or folder
io-permission-denied = permission denied
io-is-a-directory = it is a folder
io-storage-full = the disk is full
io-already-exists = it already exists
