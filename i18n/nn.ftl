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
due-state-ok = i orden
due-state-closed = avslutta
due-today = i dag
due-tomorrow = i morgon
due-overdue-days = { $days ->
        [one] { $days } dag over fristen
       *[other] { $days } dagar over fristen
    }
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

## Funn frå innhaldsreglane (src/checks/)

finding-no-id = (utan id)
finding-did-you-mean = meinte du `{ $word }`?
finding-id-list-more = { $ids } og { $more } til
finding-barnekoordinator-age = barnekoordinator er for barn under 18 år, men personen var { $age } år då planen starta ({ $day })
finding-barnekoordinator-age-help = skriv `kind: koordinator`
finding-child-views = personen var { $age } år då planen starta, men planen viser ikkje kva barnet sjølv meiner
finding-child-views-help = legg til `voice:` med kva barnet sa, når, og kven som skreiv det ned
finding-consent-after-start-first = det første samtykket til planen vart gjeve { $given }, men planperioden starta { $start }
finding-consent-after-start = samtykket vart gjeve { $given }, men planperioden starta { $start }
finding-consent-after-start-help = samtykket kjem først: rett datoen, eller la perioden starte same dag som samtykket eller seinare
finding-consent-by-minor = personen var { $age } år på samtykkedatoen { $given }, for ung til å samtykkje åleine
finding-consent-by-minor-help-v2 = under 16 år samtykkjer dei som har foreldreansvaret: éi oppføring for kvar, med `party:` lik id-en deira under `person.representatives`
finding-consent-by-minor-help = under 16 år: skriv `by: representative` og namnet til representanten i `name`
finding-consent-parties-parent = { $who } (`{ $id }`) har foreldreansvar, men har ikkje samtykt til planen: personen var { $age } år då planen starta ({ $day })
finding-consent-parties-parent-help = under 16 år skal alle med foreldreansvar samtykkje: legg til ei oppføring med `party: { $id }` og `covers: plan`
finding-consent-parties-person = personen var { $age } år då planen starta ({ $day }), og har ikkje samtykt til han: frå 16 år samtykkjer personen sjølv
finding-consent-parties-person-help = legg til ei oppføring med `party: person` og `covers: plan`; samtykkjer ein representant fordi personen manglar samtykkekompetanse, gje representanten ein `reason`
finding-consent-turns-16 = personen fyller 16 år { $date }, i planperioden: frå den dagen samtykkjer personen sjølv
finding-consent-turns-16-help = spør personen { $date } eller seinare, og legg til ei oppføring med `party: person` og `covers: plan`
finding-consent-withdrawn-records = samtykket til planen vart trekt tilbake { $date }, men planen er framleis aktiv
finding-consent-withdrawn-records-help = set `status: closed`, eller før opp det nye samtykket som ei eiga oppføring
finding-consent-withdrawn = samtykket vart trekt tilbake { $date }, men planen er framleis aktiv
finding-consent-withdrawn-help = set `status: closed`
finding-coordinator-details = koordinatoren har korkje `phone` eller `email`
finding-coordinator-details-help = legg til `phone:` (i hermeteikn) eller `email:` under `coordinator`
finding-duplicate-id = { $noun ->
        [goal] mål-id-en
        [measure] tiltaks-id-en
       *[participant] deltakar-id-en
    } `{ $id }` er brukt to gonger (første gong på linje { $line })
finding-duplicate-id-help = gje { $noun ->
        [goal] dette målet
        [measure] dette tiltaket
       *[participant] denne deltakaren
    } ein eigen id
finding-goal-unserved = ingen tiltak arbeider mot målet `{ $id }`
finding-goal-unserved-help = legg `{ $id }` til i `goals` for tiltaket som arbeider mot målet
finding-identity-number = dette ser ut som eit fødselsnummer ({ $place ->
        [value] i ein verdi
       *[comment] i ein kommentar eller ein nøkkel
    })
finding-identity-number-help = fjern det: git tek vare på alle versjonane av fila for alltid; identifiser personen med namn og `born`
finding-measure-order = tiltaket { $measure } sluttar ({ $end }) før det startar ({ $start })
finding-measure-order-help = byt om datoane eller rett årstalet
finding-measure-outside = tiltaket { $measure } har datoen { $date }, utanfor planperioden ({ $start } – { $end })
finding-measure-outside-help = flytt datoen inn i perioden, eller forleng `period`
finding-no-sharing-consent-records = inga samtykkeoppføring dekkjer deling av teiepliktige opplysningar mellom deltakarane
finding-no-sharing-consent-records-help = helsepersonell kan likevel dele det samarbeidande personell treng for å gje personen helsehjelp, med mindre personen motset seg det (helsepersonelloven § 25); andre deltakarar treng samtykket. Før opp kva personen har valt: ei oppføring med `covers: sharing`, eller godta denne åtvaringa med ei grunngjeving
finding-no-sharing-consent = personen har ikkje samtykt til at teiepliktige opplysningar blir delte mellom deltakarane
finding-no-sharing-consent-help = helsepersonell kan likevel dele det samarbeidande personell treng for å gje personen helsehjelp, med mindre personen motset seg det (helsepersonelloven § 25); andre deltakarar treng samtykket. Sørg for at alle veit om det, eller godta denne åtvaringa med ei grunngjeving
finding-no-sharing-consent-unrecorded = planen seier ikkje om personen samtykkjer til at opplysningar blir delte
finding-no-sharing-consent-unrecorded-help = legg til `sharing: true` eller `sharing: false` under `consent`
finding-participants-besides-coordinator = koordinatoren er den einaste deltakaren
finding-participants-besides-coordinator-help = legg til personen sjølv og tenestene som deltek, kvar med kva dei bidreg med
finding-period-order = planperioden sluttar ({ $end }) same dag som eller før han startar ({ $start })
finding-period-order-help = sjekk årstala: `period.end` må kome etter `period.start`
finding-representative-unknown = samtykket vart gjeve av `{ $party }`, som korkje er `person` eller ein representant for personen ({ $known })
finding-representative-unknown-none = personen har ingen representantar med id
finding-representative-unknown-list = representantar: { $ids }
finding-representative-unknown-help = legg vedkomande til under `person.representatives` med denne `id`-en, `name` og `authority`, eller rett `party`
finding-representative-unnamed = samtykket vart gjeve av ein representant, men `consent.name` seier ikkje kven
finding-representative-unnamed-help = legg til `name:` under `consent` med namnet til representanten
finding-revision-after-period = neste revidering ({ $next }) er etter at planperioden sluttar ({ $end })
finding-revision-after-period-help = revider før perioden sluttar, eller forleng `period.end`
finding-revision-before-period = neste revidering ({ $next }) er før planperioden startar ({ $start })
finding-revision-before-period-help = sjekk årstalet i `revision.next`
finding-unknown-goal = tiltaket { $measure } arbeider mot målet `{ $goal }`, som ikkje finst
finding-unknown-goal-help = måla har desse id-ane: { $ids }
finding-unknown-participant = { $place ->
        [consent] eit samtykke til deling
        [recorded-by] `recorded_by`
        [group] ansvarsgruppa
        [leader] leiaren av ansvarsgruppa
        [evaluation] ei evaluering
        [attendees] deltakarlista til eit møte
        [follow-up] eit oppfølgingspunkt
        [note] eit notat
       *[access] ei `access`-liste
    } nemner `{ $id }`, som ikkje er ein deltakar
finding-unknown-participant-help-near = meinte du `{ $word }`? Skriv `id`-en til ein deltakar
finding-unknown-participant-help-coordinator = skriv `id`-en til ein deltakar, eller `coordinator`
finding-unknown-participant-help = skriv `id`-en til ein deltakar
finding-unknown-responsible = tiltaket { $measure } har ingen ansvarleg deltakar: `{ $who }` er ikkje id-en til ein deltakar
finding-unknown-responsible-help-near = meinte du `{ $word }`? `responsible` skal vere id-en til ein deltakar eller `coordinator`
finding-unknown-responsible-help = bruk id-en til ein deltakar ({ $count ->
        [0] ingen enno
       *[other] { $ids }
    }) eller `coordinator`, eller legg `{ $who }` til i `participants`
