# Meldinger `ip` skriver til den som sitter ved terminalen, på bokmål.
# Hver id finnes også i en.ftl og nn.ftl, med de samme variablene (en enhetstest i
# src/messages.rs feiler ellers). Funn fra reglene og `ip explain` er ikke her ennå.

## Prefikser

note-prefix = merk
error-prefix = feil

## ip validate

validate-summary = { $plans ->
        [one] { $plans } plan
       *[other] { $plans } planer
    } kontrollert: { $valid } { $valid ->
        [one] gyldig
       *[other] gyldige
    }, { $invalid } { $invalid ->
        [one] ugyldig
       *[other] ugyldige
    }; { $errors } feil, { $warnings ->
        [one] { $warnings } advarsel
       *[other] { $warnings } advarsler
    }.
findings-listed = { $path }: { $listed ->
        [one] ett funn til, på én linje
       *[other] { $listed } funn til, ett per linje
    } (de første { $drawn } er vist i sin helhet over; --format json gir hvert funn i sin helhet):
validate-skipped = hoppet over { $count ->
        [one] en fil
       *[other] filer
    } utenfor planene i { $config }: { $names } (`--force-paths` kontrollerer dem likevel)
validate-nothing = ingen av filene er planer: ingenting å kontrollere

## ip due

due-header-state = Status
due-header-plan = Plan
due-header-person = Planeier
due-header-coordinator = Koordinator
due-header-next = Neste revidering
due-header-days = Frist
due-header-commit = Sist lagret i git
due-state-overdue = forfalt
due-state-period-ended = planperioden er ute
due-state-invalid = ugyldig
due-state-due-soon = frist snart
due-state-consent-expired = samtykke utløpt
due-state-consent-expiring = samtykke går snart ut
due-state-ok = i orden
due-state-closed = avsluttet
due-today = i dag
due-tomorrow = i morgen
due-overdue-days = { $days ->
        [one] { $days } dag over fristen
       *[other] { $days } dager over fristen
    }
due-consent-ended-on = samtykket gikk ut { $date }: spør om nytt samtykke
due-consent-ends-on = samtykket går ut { $date }
due-in-days = { $days ->
        [one] om { $days } dag
       *[other] om { $days } dager
    }
due-run-validate = kjør `ip validate`
due-period-ended-on = planperioden gikk ut { $date }
due-on-or-before = { $commit } på eller før { $date } { $author }
due-never-committed = aldri lagret i git
due-not-in-git = ikke i git
due-uncommitted = + endringer som ikke er lagret i git
due-closing = { $needing } av { $total ->
        [one] { $total } plan
       *[other] { $total } planer
    } trenger oppfølging per { $date } (frist innen { $within }).
due-none = Ingen plan trenger revidering per { $date } (frist innen { $within }; { $total ->
        [one] { $total } plan
       *[other] { $total } planer
    } kontrollert). `--all` viser alle planene.
due-shallow = dette er en grunn klone: historikken er avkortet, så en versjon merket «på eller før» kan være eldre (`git fetch --unshallow` henter hele historikken)

## ip history

history-header-date = Dato
history-header-author = Lagret av
history-header-commit = Versjon
history-header-message = Melding
history-header-changes = Hva ble endret
history-on-or-before = på eller før
history-none = { $plan } er ikke lagret i git ennå.
history-shallow = dette er en grunn klone: historikken er avkortet, så den eldste oppføringen er kanskje ikke der planen begynte (`git fetch --unshallow` henter hele historikken)
history-not-found = filen finnes ikke, verken nå eller i historikken til repositoriet

## ip diff

diff-range = { $plan }: fra { $from } ({ $date }) til { $to }
diff-working-file = filen slik den er nå
diff-no-change = Ingen endring.
diff-layout-only = Ingen endring i innholdet i planen (bare kommentarer eller oppsett er annerledes).

## Linjer på stderr

said-wrote = skrev { $path }
said-wrote-calendar = skrev { $path }: { $events ->
        [one] { $events } hendelse
       *[other] { $events } hendelser
    } fra { $plans ->
        [one] { $plans } plan
       *[other] { $plans } planer
    }
said-no-events = ingen hendelser: ingen plan passet, eller ingen har en dato i tidsrommet
said-wrote-man = skrev { $count } man-sider til { $dir }
said-wrote-new = skrev { $path }: fyll den ut, og kjør så `ip validate { $path }`
said-not-rendered = ikke skrevet ut: rett feilene ovenfor, eller bruk `--draft` for å skrive ut planen merket som utkast
migrate-done = { $file } er flyttet over til formatversjon 2
migrate-pending = { $file } er i formatversjon 1 (`ip migrate` flytter den over til versjon 2)
migrate-current = { $file } er allerede i formatversjon 2
migrate-unreadable = ikke flyttet over: dette er ikke en plan i versjon 1 som ip kan lese
migrate-unreadable-help = rett det `ip validate` melder for fila, og kjør `ip migrate` på nytt
revise-invalid = planen er ikke gyldig
revise-on-future = revideringsdatoen { $on } er etter i dag ({ $today })
revise-on-future-help = en revidering registreres når den er holdt: utelat `--on` for i dag, eller oppgi dagen den ble holdt
revise-beyond-calendar = { $last } pluss { $interval } er utenfor kalenderen
revise-no-interval = det er ikke noe revideringsintervall å regne ut neste revidering fra
revise-no-interval-help = oppgi `--next DATO`, eller sett `revision.interval` i planen eller i ip.toml
revise-next-not-after = neste revidering ({ $next }) må være etter revideringsdatoen ({ $last })
revise-next-after-period = neste revidering ({ $next }) er etter at planperioden er ute ({ $end })
revise-next-after-period-help = oppgi `--next` på eller før { $end }; skal planen fortsette, forleng `period.end` først
said-not-revised = ikke revidert: rett feilene ovenfor først (`ip revise` registrerer bare revidering av en gyldig plan)
said-revised = reviderte { $file }: sist revidert { $last }, neste revidering { $next }
said-committed = ; lagret i git som { $commit }

## Feil (avslutningskode 2)

error-read = kan ikke lese { $path }: { $err }
error-read-configured = kan ikke lese { $path } (en `plans`-mappe i { $config }): { $err }
error-stdin = kan ikke lese standard inndata: { $err }
error-current-dir = kan ikke lese mappen du står i: { $err }
error-walk = kan ikke gå gjennom { $path }: { $message }
error-no-plans = fant ingen planer i { $path }
error-no-plans-help = planer er filer som slutter på .yaml eller .yml; filer som .gitignore utelater og skjulte mapper hoppes over
error-write = kan ikke skrive { $path }: { $err }
error-create-dir = kan ikke opprette { $path }: { $err }
error-exists = { $path } finnes allerede; `ip` skriver aldri over den
error-exists-help = velg et annet navn, eller slett filen først
error-git = git: { $context }: { $message }
error-not-in-git = { $path } ligger ikke i et git-repositorium
error-not-in-git-help = historikken kommer fra git: kjør `git init` og lagre planen i git, eller kjør dette inne i repositoriet
error-outside-work-tree = { $path } ligger ikke i arbeidsmappen til repositoriet
error-no-identity = git har ingen identitet å lagre med: { $message }
error-no-identity-help = sett den med `git config --global user.name "Ditt Navn"` og `git config --global user.email deg@example.no`
error-render = kan ikke skrive ut { $file }: { $message }
error-refused = ikke eksportert: { $count ->
        [one] { $count } ugyldig plan
       *[other] { $count } ugyldige planer
    }: { $names }
error-refused-more = { $names } og { $more } til
error-refused-help = `ip validate` viser hva som er feil; `--draft` eksporterer ugyldige planer likevel (en fil som ikke er en plan i det hele tatt, kan ikke eksporteres)
error-config = ødelagt ip.toml: { $path }:{ $line }:{ $column }: { $message }
error-config-label = her
