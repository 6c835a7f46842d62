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
due-state-ok = i orden
due-state-closed = avsluttet
due-today = i dag
due-tomorrow = i morgen
due-overdue-days = { $days ->
        [one] { $days } dag over fristen
       *[other] { $days } dager over fristen
    }
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

## Funn fra innholdsreglene (src/checks/)

finding-no-id = (uten id)
finding-did-you-mean = mente du `{ $word }`?
finding-id-list-more = { $ids } og { $more } til
finding-barnekoordinator-age = barnekoordinator er for barn under 18 år, men personen var { $age } år da planen startet ({ $day })
finding-barnekoordinator-age-help = skriv `kind: koordinator`
finding-child-views = personen var { $age } år da planen startet, men planen viser ikke hva barnet selv mener
finding-child-views-help = legg til `voice:` med hva barnet sa, når, og hvem som skrev det ned
finding-consent-after-start-first = det første samtykket til planen ble gitt { $given }, men planperioden startet { $start }
finding-consent-after-start = samtykket ble gitt { $given }, men planperioden startet { $start }
finding-consent-after-start-help = samtykket kommer først: rett datoen, eller la perioden starte samme dag som samtykket eller senere
finding-consent-by-minor = personen var { $age } år på samtykkedatoen { $given }, for ung til å samtykke alene
finding-consent-by-minor-help-v2 = under 16 år samtykker de som har foreldreansvaret: én oppføring for hver, med `party:` lik id-en deres under `person.representatives`
finding-consent-by-minor-help = under 16 år: skriv `by: representative` og navnet til representanten i `name`
finding-consent-parties-parent = { $who } (`{ $id }`) har foreldreansvar, men har ikke samtykket til planen: personen var { $age } år da planen startet ({ $day })
finding-consent-parties-parent-help = under 16 år skal alle med foreldreansvar samtykke: legg til en oppføring med `party: { $id }` og `covers: plan`
finding-consent-parties-person = personen var { $age } år da planen startet ({ $day }), og har ikke samtykket til den: fra 16 år samtykker personen selv
finding-consent-parties-person-help = legg til en oppføring med `party: person` og `covers: plan`; samtykker en representant fordi personen mangler samtykkekompetanse, gi representanten en `reason`
finding-consent-turns-16 = personen fyller 16 år { $date }, i planperioden: fra den dagen samtykker personen selv
finding-consent-turns-16-help = spør personen { $date } eller senere, og legg til en oppføring med `party: person` og `covers: plan`
finding-consent-withdrawn-records = samtykket til planen ble trukket tilbake { $date }, men planen er fortsatt aktiv
finding-consent-withdrawn-records-help = sett `status: closed`, eller før opp det nye samtykket som en egen oppføring
finding-consent-withdrawn = samtykket ble trukket tilbake { $date }, men planen er fortsatt aktiv
finding-consent-withdrawn-help = sett `status: closed`
finding-coordinator-details = koordinatoren har verken `phone` eller `email`
finding-coordinator-details-help = legg til `phone:` (i anførselstegn) eller `email:` under `coordinator`
finding-duplicate-id = { $noun ->
        [goal] mål-id-en
        [measure] tiltaks-id-en
       *[participant] deltaker-id-en
    } `{ $id }` er brukt to ganger (første gang på linje { $line })
finding-duplicate-id-help = gi { $noun ->
        [goal] dette målet
        [measure] dette tiltaket
       *[participant] denne deltakeren
    } en egen id
finding-goal-unserved = ingen tiltak arbeider mot målet `{ $id }`
finding-goal-unserved-help = legg `{ $id }` til i `goals` for tiltaket som arbeider mot målet
finding-identity-number = dette ser ut som et fødselsnummer ({ $place ->
        [value] i en verdi
       *[comment] i en kommentar eller nøkkel
    })
finding-identity-number-help = fjern det: git tar vare på alle versjoner av fila for alltid; identifiser personen med navn og `born`
finding-measure-order = tiltaket { $measure } slutter ({ $end }) før det starter ({ $start })
finding-measure-order-help = bytt om datoene eller rett årstallet
finding-measure-outside = tiltaket { $measure } har datoen { $date }, utenfor planperioden ({ $start } – { $end })
finding-measure-outside-help = flytt datoen inn i perioden, eller forleng `period`
finding-no-sharing-consent-records = ingen samtykkeoppføring dekker deling av taushetsbelagte opplysninger mellom deltakerne
finding-no-sharing-consent-records-help = helsepersonell kan likevel dele det samarbeidende personell trenger for å gi personen helsehjelp, med mindre personen motsetter seg det (helsepersonelloven § 25); andre deltakere trenger samtykket. Før opp hva personen har valgt: en oppføring med `covers: sharing`, eller godta denne advarselen med en begrunnelse
finding-no-sharing-consent = personen har ikke samtykket til at taushetsbelagte opplysninger deles mellom deltakerne
finding-no-sharing-consent-help = helsepersonell kan likevel dele det samarbeidende personell trenger for å gi personen helsehjelp, med mindre personen motsetter seg det (helsepersonelloven § 25); andre deltakere trenger samtykket. Sørg for at alle vet om det, eller godta denne advarselen med en begrunnelse
finding-no-sharing-consent-unrecorded = planen sier ikke om personen samtykker til at opplysninger deles
finding-no-sharing-consent-unrecorded-help = legg til `sharing: true` eller `sharing: false` under `consent`
finding-participants-besides-coordinator = koordinatoren er den eneste deltakeren
finding-participants-besides-coordinator-help = legg til personen selv og tjenestene som deltar, hver med hva de bidrar med
finding-period-order = planperioden slutter ({ $end }) samme dag som eller før den starter ({ $start })
finding-period-order-help = sjekk årstallene: `period.end` må komme etter `period.start`
finding-representative-unknown = samtykket ble gitt av `{ $party }`, som verken er `person` eller en representant for personen ({ $known })
finding-representative-unknown-none = personen har ingen representanter med id
finding-representative-unknown-list = representanter: { $ids }
finding-representative-unknown-help = legg vedkommende til under `person.representatives` med denne `id`-en, `name` og `authority`, eller rett `party`
finding-representative-unnamed = samtykket ble gitt av en representant, men `consent.name` sier ikke hvem
finding-representative-unnamed-help = legg til `name:` under `consent` med navnet til representanten
finding-revision-after-period = neste revidering ({ $next }) er etter at planperioden slutter ({ $end })
finding-revision-after-period-help = revider før perioden slutter, eller forleng `period.end`
finding-revision-before-period = neste revidering ({ $next }) er før planperioden starter ({ $start })
finding-revision-before-period-help = sjekk årstallet i `revision.next`
finding-unknown-goal = tiltaket { $measure } arbeider mot målet `{ $goal }`, som ikke finnes
finding-unknown-goal-help = målene har disse id-ene: { $ids }
finding-unknown-participant = { $place ->
        [consent] et samtykke til deling
        [recorded-by] `recorded_by`
        [group] ansvarsgruppen
        [leader] lederen av ansvarsgruppen
        [evaluation] en evaluering
        [attendees] deltakerlista til et møte
        [follow-up] et oppfølgingspunkt
        [note] et notat
       *[access] en `access`-liste
    } nevner `{ $id }`, som ikke er en deltaker
finding-unknown-participant-help-near = mente du `{ $word }`? Skriv `id`-en til en deltaker
finding-unknown-participant-help-coordinator = skriv `id`-en til en deltaker, eller `coordinator`
finding-unknown-participant-help = skriv `id`-en til en deltaker
finding-unknown-responsible = tiltaket { $measure } har ingen ansvarlig deltaker: `{ $who }` er ikke id-en til en deltaker
finding-unknown-responsible-help-near = mente du `{ $word }`? `responsible` skal være id-en til en deltaker eller `coordinator`
finding-unknown-responsible-help = bruk id-en til en deltaker ({ $count ->
        [0] ingen ennå
       *[other] { $ids }
    }) eller `coordinator`, eller legg `{ $who }` til i `participants`
