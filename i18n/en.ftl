# Messages `ip` writes for the person at the terminal, in English.
# Every id here is in nb.ftl and nn.ftl too, with the same variables (a unit test in
# src/messages.rs fails otherwise). Rule findings and `ip explain` are not here yet.

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
due-state-ok = ok
due-state-closed = closed
due-today = today
due-tomorrow = tomorrow
due-overdue-days = { $days ->
        [one] { $days } day overdue
       *[other] { $days } days overdue
    }
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
