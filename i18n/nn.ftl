# Meldingar `ip` skriv til den som sit ved terminalen, på nynorsk.
# Kvar id finst òg i en.ftl og nb.ftl, med dei same variablane (ein einingstest i
# src/messages.rs feilar elles). Funn frå reglane og `ip explain` er ikkje her enno.

## Prefiks

note-prefix = merk
error-prefix = feil

## ip validate

validate-summary = { $plans ->
        [one] { $plans } plan
       *[other] { $plans } planar
    } kontrollerte: { $valid } { $valid ->
        [one] gyldig
       *[other] gyldige
    }, { $invalid } { $invalid ->
        [one] ugyldig
       *[other] ugyldige
    }; { $errors } feil, { $warnings ->
        [one] { $warnings } åtvaring
       *[other] { $warnings } åtvaringar
    }.
findings-listed = { $path }: { $listed ->
        [one] eitt funn til, på éi linje
       *[other] { $listed } funn til, eitt per linje
    } (dei første { $drawn } er viste i heilskap over; --format json gjev kvart funn i heilskap):
validate-skipped = hoppa over { $count ->
        [one] ei fil
       *[other] filer
    } utanfor planane i { $config }: { $names } (`--force-paths` kontrollerer dei likevel)
validate-nothing = ingen av filene er planar: ingenting å kontrollere

## ip due

due-header-state = Status
due-header-plan = Plan
due-header-person = Planeigar
due-header-coordinator = Koordinator
due-header-next = Neste revidering
due-header-days = Frist
due-header-commit = Sist lagra i git
due-state-overdue = forfallen
due-state-period-ended = planperioden er ute
due-state-invalid = ugyldig
due-state-due-soon = frist snart
due-state-consent-expired = samtykke gått ut
due-state-consent-expiring = samtykke går snart ut
due-state-ok = i orden
due-state-closed = avslutta
due-today = i dag
due-tomorrow = i morgon
due-overdue-days = { $days ->
        [one] { $days } dag over fristen
       *[other] { $days } dagar over fristen
    }
due-consent-ended-on = samtykket gjekk ut { $date }: spør om nytt samtykke
due-consent-ends-on = samtykket går ut { $date }
due-in-days = { $days ->
        [one] om { $days } dag
       *[other] om { $days } dagar
    }
due-run-validate = køyr `ip validate`
due-period-ended-on = planperioden gjekk ut { $date }
due-on-or-before = { $commit } på eller før { $date } { $author }
due-never-committed = aldri lagra i git
due-not-in-git = ikkje i git
due-uncommitted = + endringar som ikkje er lagra i git
due-closing = { $needing } av { $total ->
        [one] { $total } plan
       *[other] { $total } planar
    } treng oppfølging per { $date } (frist innan { $within }).
due-none = Ingen plan treng revidering per { $date } (frist innan { $within }; { $total ->
        [one] { $total } plan
       *[other] { $total } planar
    } kontrollerte). `--all` viser alle planane.
due-shallow = dette er ein grunn klone: historikken er avkorta, så ein versjon merkt «på eller før» kan vere eldre (`git fetch --unshallow` hentar heile historikken)

## ip history

history-header-date = Dato
history-header-author = Lagra av
history-header-commit = Versjon
history-header-message = Melding
history-header-changes = Kva vart endra
history-on-or-before = på eller før
history-none = { $plan } er ikkje lagra i git enno.
history-shallow = dette er ein grunn klone: historikken er avkorta, så den eldste oppføringa er kanskje ikkje der planen byrja (`git fetch --unshallow` hentar heile historikken)
history-not-found = fila finst ikkje, korkje no eller i historikken til repositoriet

## ip diff

diff-range = { $plan }: frå { $from } ({ $date }) til { $to }
diff-working-file = fila slik ho er no
diff-no-change = Inga endring.
diff-layout-only = Inga endring i innhaldet i planen (berre kommentarar eller oppsett er annleis).

## Linjer på stderr

said-wrote = skreiv { $path }
said-wrote-calendar = skreiv { $path }: { $events ->
        [one] { $events } hending
       *[other] { $events } hendingar
    } frå { $plans ->
        [one] { $plans } plan
       *[other] { $plans } planar
    }
said-no-events = ingen hendingar: ingen plan passa, eller ingen har ein dato i tidsrommet
said-wrote-man = skreiv { $count } man-sider til { $dir }
said-wrote-new = skreiv { $path }: fyll ho ut, og køyr så `ip validate { $path }`
said-not-rendered = ikkje skriven ut: rett feila ovanfor, eller bruk `--draft` for å skrive ut planen merkt som utkast
migrate-done = { $file } er flytt over til formatversjon 2
migrate-pending = { $file } er i formatversjon 1 (`ip migrate` flyttar han over til versjon 2)
migrate-current = { $file } er allereie i formatversjon 2
migrate-unreadable = ikkje flytt over: dette er ikkje ein plan i versjon 1 som ip kan lese
migrate-unreadable-help = rett det `ip validate` melder for fila, og køyr `ip migrate` på nytt
revise-invalid = planen er ikkje gyldig
revise-on-future = revideringsdatoen { $on } er etter i dag ({ $today })
revise-on-future-help = ei revidering blir registrert når ho er halden: utelat `--on` for i dag, eller oppgi dagen ho vart halden
revise-beyond-calendar = { $last } pluss { $interval } er utanfor kalenderen
revise-no-interval = det finst ikkje noko revideringsintervall å rekne ut neste revidering frå
revise-no-interval-help = oppgi `--next DATO`, eller set `revision.interval` i planen eller i ip.toml
revise-next-not-after = neste revidering ({ $next }) må vere etter revideringsdatoen ({ $last })
revise-next-after-period = neste revidering ({ $next }) er etter at planperioden er ute ({ $end })
revise-next-after-period-help = oppgi `--next` på eller før { $end }; skal planen halde fram, forleng `period.end` først
said-not-revised = ikkje revidert: rett feila ovanfor først (`ip revise` registrerer berre revidering av ein gyldig plan)
said-revised = reviderte { $file }: sist revidert { $last }, neste revidering { $next }
said-committed = ; lagra i git som { $commit }

## Feil (avsluttingskode 2)

error-read = kan ikkje lese { $path }: { $err }
error-read-configured = kan ikkje lese { $path } (ei `plans`-mappe i { $config }): { $err }
error-stdin = kan ikkje lese standard inndata: { $err }
error-current-dir = kan ikkje lese mappa du står i: { $err }
error-walk = kan ikkje gå gjennom { $path }: { $message }
error-no-plans = fann ingen planar i { $path }
error-no-plans-help = planar er filer som sluttar på .yaml eller .yml; filer som .gitignore utelèt og løynde mapper blir hoppa over
error-write = kan ikkje skrive { $path }: { $err }
error-create-dir = kan ikkje opprette { $path }: { $err }
error-exists = { $path } finst frå før; `ip` skriv aldri over ho
error-exists-help = vel eit anna namn, eller slett fila først
error-git = git: { $context }: { $message }
error-not-in-git = { $path } ligg ikkje i eit git-repositorium
error-not-in-git-help = historikken kjem frå git: køyr `git init` og lagre planen i git, eller køyr dette inne i repositoriet
error-outside-work-tree = { $path } ligg ikkje i arbeidsmappa til repositoriet
error-no-identity = git har ingen identitet å lagre med: { $message }
error-no-identity-help = set han med `git config --global user.name "Namnet ditt"` og `git config --global user.email deg@example.no`
error-render = kan ikkje skrive ut { $file }: { $message }
error-refused = ikkje eksportert: { $count ->
        [one] { $count } ugyldig plan
       *[other] { $count } ugyldige planar
    }: { $names }
error-refused-more = { $names } og { $more } til
error-refused-help = `ip validate` viser kva som er feil; `--draft` eksporterer ugyldige planar likevel (ei fil som ikkje er ein plan i det heile, kan ikkje eksporterast)
error-config = øydelagd ip.toml: { $path }:{ $line }:{ $column }: { $message }
error-config-label = her
