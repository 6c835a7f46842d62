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
