# Meldingar `ip` skriv til den som sit ved terminalen, på nynorsk.
# Kvar id finst òg i en.ftl og nb.ftl, med dei same variablane (ein einingstest i
# src/messages.rs feilar elles). Heile tekstane til `ip explain` ligg i i18n/explain/nn.

## Prefiks

note-prefix = merk
error-prefix = feil

## ip validate

validate-summary = { $plans ->
        [one] { $plans } plan kontrollert
       *[other] { $plans } planar kontrollerte
    }: { $valid } { $valid ->
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
    } (dei første { $drawn } er viste fullt ut ovanfor; `--format json` gjev alle funna fullt ut):
validate-skipped = hoppa over { $count ->
        [one] ei fil
       *[other] filer
    } utanfor `plans`-mappene i { $config }: { $names } (`--force-paths` kontrollerer { $count ->
        [one] ho
       *[other] dei
    } likevel)
validate-nothing = ingen av dei oppgitte filene er planar: ingenting å kontrollere

## ip due

due-header-state = Status
due-header-plan = Plan
due-header-person = Planeigar
due-header-coordinator = Koordinator
due-header-next = Neste revidering
due-header-days = Frist
due-header-commit = Sist lagra i git
due-state-overdue = over fristen
due-state-period-ended = planperioden er ute
due-state-invalid = ugyldig
due-state-due-soon = fristen nærmar seg
due-state-consent-expired = samtykket har gått ut
due-state-consent-expiring = samtykket går snart ut
due-state-ok = i orden
due-state-closed = avslutta
due-today = i dag
due-tomorrow = i morgon
due-overdue-days = { $days ->
        [one] { $days } dag over fristen
       *[other] { $days } dagar over fristen
    }
due-consent-ended-on = samtykket gjekk ut { $date }: be om nytt samtykke
due-consent-ends-on = samtykket går ut { $date }
due-in-days = { $days ->
        [one] om { $days } dag
       *[other] om { $days } dagar
    }
due-run-validate = køyr `ip validate`
due-period-ended-on = planperioden slutta { $date }
due-on-or-before = { $commit } på eller før { $date } { $author }
due-never-committed = aldri lagra i git
due-not-in-git = ikkje i git
due-uncommitted = + endringar som ikkje er lagra i git
due-closing = { $needing } av { $total ->
        [one] { $total } plan
       *[other] { $total } planar
    } treng oppfølging per { $date } (frist innan { $within }).
due-none = Ingen plan treng revidering per { $date } (frist innan { $within }; { $total ->
        [one] { $total } plan kontrollert
       *[other] { $total } planar kontrollerte
    }). `--all` viser alle planane.
due-shallow = repositoriet har ikkje heile historikken (shallow clone), så ein versjon merkt «på eller før» kan vere eldre (`git fetch --unshallow` hentar resten)

## ip history

history-header-date = Dato
history-header-author = Lagra av
history-header-commit = Versjon
history-header-message = Melding
history-header-changes = Kva vart endra
history-on-or-before = på eller før
history-none = { $plan } er ikkje lagra i git enno.
history-shallow = repositoriet har ikkje heile historikken (shallow clone), så den eldste versjonen er kanskje ikkje der planen byrja (`git fetch --unshallow` hentar resten)
history-not-found = fila finst ikkje, korkje no eller i historikken til repositoriet

## ip diff

diff-range = { $plan }: frå { $from } ({ $date }) til { $to }
diff-working-file = fila slik ho er no
diff-no-change = Inga endring.
diff-layout-only = Inga endring i innhaldet i planen (berre kommentarar eller oppsett er endra).

## Linjer på stderr

said-wrote = skreiv { $path }
said-wrote-calendar = skreiv { $path }: { $events ->
        [one] { $events } hending
       *[other] { $events } hendingar
    } frå { $plans ->
        [one] { $plans } plan
       *[other] { $plans } planar
    }
said-no-events = ingen hendingar: ingen plan passa til utvalet, eller ingen av planane har ein dato i tidsrommet
said-wrote-man = skreiv { $count } man-sider i { $dir }
said-wrote-new = skreiv { $path }: fyll ho ut, og køyr så `ip validate { $path }`
said-not-rendered = ikkje skriven ut: rett feila ovanfor, eller bruk `--draft` for å skrive ut planen merkt som utkast
migrate-done = gjorde om { $file } til formatversjon 2
migrate-pending = { $file } er i formatversjon 1 (`ip migrate` gjer ho om til versjon 2)
migrate-current = { $file } er allereie i formatversjon 2
migrate-unreadable = ikkje gjort om: dette er ikkje ein plan i versjon 1 som ip kan lese
migrate-unreadable-help = rett det `ip validate` melder for fila, og køyr `ip migrate` på nytt
revise-invalid = planen er ikkje gyldig
revise-on-future = revideringsdatoen { $on } er etter i dag ({ $today })
revise-on-future-help = ei revidering blir registrert når ho er gjennomført: utelat `--on` for å bruke datoen i dag, eller oppgje dagen ho vart gjennomført
revise-beyond-calendar = { $last } pluss { $interval } gjev ein dato utanfor kalenderen
revise-no-interval = det finst ikkje noko revideringsintervall å rekne ut neste revidering frå
revise-no-interval-help = oppgje `--next DATO`, eller set `revision.interval` i planen eller i ip.toml
revise-next-not-after = neste revidering ({ $next }) må vere etter revideringsdatoen ({ $last })
revise-next-after-period = neste revidering ({ $next }) er etter at planperioden sluttar ({ $end })
revise-next-after-period-help = oppgje `--next` på eller før { $end }; skal planen halde fram, forleng `period.end` først
said-not-revised = ikkje revidert: rett feila ovanfor først (`ip revise` registrerer berre revideringar av gyldige planar)
said-revised = reviderte { $file }: sist revidert { $last }, neste revidering { $next }
said-committed = ; lagra i git som { $commit }

## Feil (avsluttingskode 2)

error-read = kan ikkje lese { $path }: { $err }
error-read-configured = kan ikkje lese { $path } (ei `plans`-mappe i { $config }): { $err }
error-stdin = kan ikkje lese standard inndata: { $err }
error-current-dir = kan ikkje lese mappa du står i: { $err }
error-walk = kan ikkje gå gjennom { $path }: { $message }
error-no-plans = fann ingen planar i { $path }
error-no-plans-help = planar er filer som sluttar på .yaml eller .yml; filer som .gitignore utelèt, og løynde mapper, blir hoppa over
error-write = kan ikkje skrive til { $path }: { $err }
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
error-config = feil i ip.toml: { $path }:{ $line }:{ $column }: { $message }
error-config-label = her

## Funn frå innhaldsreglane (src/checks/)

finding-no-id = (utan id)
finding-did-you-mean = meinte du `{ $word }`?
finding-id-list-more = { $ids } og { $more } til
finding-barnekoordinator-age = barnekoordinator er for familiar med barn under 18 år, men personen var { $age } år då planen starta ({ $day })
finding-barnekoordinator-age-help = skriv `kind: koordinator`
finding-child-views = personen var { $age } år då planen starta, men planen viser ikkje kva barnet sjølv meiner
finding-child-views-help = legg til `voice:` med kva barnet sa, når, og kven som skreiv det ned
finding-consent-after-start-first = det første samtykket til planen vart gjeve { $given }, men planperioden starta { $start }
finding-consent-after-start = samtykket vart gjeve { $given }, men planperioden starta { $start }
finding-consent-after-start-help = samtykket må vere gjeve først: rett datoen, eller la perioden starte same dag som samtykket eller seinare
finding-consent-by-minor = personen var { $age } år på samtykkedatoen { $given } og dermed for ung til å samtykkje sjølv
finding-consent-by-minor-help-v2 = under 16 år samtykkjer dei som har foreldreansvar: éi oppføring for kvar, med `party:` lik id-en deira under `person.representatives`
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
finding-measure-outside = tiltaket { $measure } har datoen { $date }, som er utanfor planperioden ({ $start } – { $end })
finding-measure-outside-help = flytt datoen inn i perioden, eller forleng `period`
finding-no-sharing-consent-records = inga samtykkeoppføring gjeld deling av teiepliktige opplysningar mellom deltakarane
finding-no-sharing-consent-records-help = helsepersonell kan likevel gje samarbeidande personell dei opplysningane som er nødvendige for å gje forsvarleg helsehjelp, med mindre personen motset seg det (helsepersonellova § 25); for å dele med andre deltakarar trengst samtykke. Før opp kva personen har valt: ei oppføring med `covers: sharing`, eller godta denne åtvaringa med ei grunngjeving
finding-no-sharing-consent = personen har ikkje samtykt til at teiepliktige opplysningar blir delte mellom deltakarane
finding-no-sharing-consent-help = helsepersonell kan likevel gje samarbeidande personell dei opplysningane som er nødvendige for å gje forsvarleg helsehjelp, med mindre personen motset seg det (helsepersonellova § 25); for å dele med andre deltakarar trengst samtykke. Sørg for at alle deltakarane veit dette, eller godta denne åtvaringa med ei grunngjeving
finding-no-sharing-consent-unrecorded = planen seier ikkje om personen samtykkjer til at opplysningar blir delte
finding-no-sharing-consent-unrecorded-help = legg til `sharing: true` eller `sharing: false` under `consent`
finding-participants-besides-coordinator = koordinatoren er den einaste deltakaren
finding-participants-besides-coordinator-help = legg til personen sjølv og tenestene som deltek, kvar med kva dei bidreg med
finding-period-order = planperioden sluttar ({ $end }) før eller same dag som han startar ({ $start })
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
        [0] det finst ingen enno
       *[other] { $ids }
    }) eller `coordinator`, eller legg `{ $who }` til i `participants`

## Funn frå strukturkontrollen (src/structure.rs)

finding-the-plan = planen
# Ei samling i ei liste: $noun er substantivet frå felttabellen (fields.rs), med bindestrek for mellomrom.
finding-item-with-id = { finding-noun } `{ $id }`
finding-item-number = { finding-noun } { $number }
finding-noun = { $noun ->
        [representative] representant
        [person] person
        [consent] samtykke
        [coordinator] koordinator
        [participant] deltakar
        [goal] mål
        [measure] tiltak
        [cooperation-entry] samarbeidspunkt
        [period] planperiode
        [revision] revidering
        [accepted-warning] godteken åtvaring
        [meeting] møte
        [voice-entry] synspunkt
        [consent-record] samtykkeoppføring
        [responsibility-group] ansvarsgruppe
        [evaluation] evaluering
        [decision] vedtak
        [follow-up] oppfølgingspunkt
        [note] notat
        [related-plan] tilknytt plan
       *[other] { $noun }
    }
finding-key-of = `{ $key }` i { $owner }
finding-entry = punkt { $number } i { $path }
finding-key-not-text = ukjend nøkkel `{ $key }` i { $owner }: nøklar er ord, til dømes `{ $example }`
finding-key-not-text-help = fjern nøkkelen eller rett namnet på han
finding-unknown-key = ukjend nøkkel `{ $key }` i { $owner }
finding-unknown-key-help-near = Kjende nøklar i { $owner }: { $keys }
finding-unknown-key-help = fjern han, eller bruk ein av dei kjende nøklane i { $owner }: { $keys }
finding-empty = `{ $key }` i { $owner } er ikkje fylt ut
finding-missing = { $owner } manglar `{ $key }`
finding-content-item = { $message } (krav til innhald, bokstav { $letter }: { $letter ->
        [a] måla, ressursane og behova personen har for tenester
        [b] kven som deltek i planarbeidet
        [c] kven som er koordinator
        [d] kva personen, tenesteytarar, bidragsytarar og pårørande skal bidra med
        [e] kva tiltak som er aktuelle, omfanget av dei og kven som har ansvaret for kvart
        [f] korleis tiltaka skal gjennomførast
        [g] planperioden, og når planen skal justerast og reviderast
        [h] samtykke til at planen blir utarbeidd, og eventuelt samtykke til å dele teiepliktige opplysningar
       *[i] nødvendig eller ønskjeleg samarbeid med andre tenesteytarar, institusjonar og etatar
    })
finding-missing-help = legg til { $shape ->
        [list] `{ $key }:` med minst eitt punkt
        [map] ein `{ $key }:`-del
       *[value] `{ $key }:`
    }
finding-version = formatversjon { $found } er ikkje støtta: denne versjonen av `ip` les versjon 1 og 2
finding-version-help-v1 = planen er skriven i versjon 1: skriv `version: 1`, eller køyr `ip migrate` for å gjere han om til versjon 2
finding-version-help = skriv `version: { $version }`
finding-not-text = { $path } skal vere tekst, men YAML les verdien som { $found }
finding-not-text-help = set verdien i hermeteikn, til dømes "77 00 00 17", så han blir ståande nøyaktig slik han er skriven
finding-not-duration = { $path } er "{ $value }", som ikkje er ei varigheit
finding-not-duration-help = skriv eit tal og ei eining på engelsk: `6 months`, `12 weeks`, `30 days` eller `1 year`
finding-not-allowed = { $path } er `{ $value }`, som ikkje er ein tillaten verdi
finding-allowed-near = Tillatne verdiar: { $allowed }
finding-allowed = bruk ein av desse verdiane: { $allowed }
finding-entry-empty = { $entry } er tomt
finding-entry-empty-help = fjern streken `-` som står åleine, eller fyll ut punktet
finding-entry-blank = { $entry } har ingen tekst
finding-entry-blank-help = fjern punktet eller skriv teksten
finding-wrong-type = { $path } skal vere { $expected }, men er { $found }
finding-not-a-date = { $path } er "{ $value }", som ikkje er ein dato på forma ÅÅÅÅ-MM-DD
finding-not-a-date-help-iso = skriv han som { $date } (år-månad-dag, ISO 8601)
finding-not-a-date-help = skriv datoar som ÅÅÅÅ-MM-DD, til dømes 2026-01-15
finding-no-such-day = { $path } er "{ $value }", som ikkje er ein dag i kalenderen
finding-no-such-day-help = sjekk dag og månad: datoen finst ikkje
finding-expected = { $type ->
        [text] tekst
        [bool] true eller false
        [date] ein dato (ÅÅÅÅ-MM-DD)
        [duration] ei varigheit, til dømes "6 months"
        [version-1] talet 1
        [version-2] talet 2
        [enum] eitt av dei tillatne orda
        [list] ei liste
       *[map] ei samling nøklar
    }
finding-found = { $type ->
        [null] ingenting (null)
        [bool] true/false
        [int] eit tal
        [float] eit desimaltal
        [text] tekst
        [list] ei liste
       *[map] ei samling nøklar
    }
finding-type-help-list = skriv `{ $key }:` og så punkta på kvar si linje, kvart med `- ` framfor
finding-type-help-map = skriv `{ $key }:` og så nøklane med innrykk på linjene under: { $keys }
finding-type-help-bool = skriv `true` eller `false`
# Blir berre vist på engelsk så lenge feltskildringane (fields.rs) er engelske.
finding-type-help-doc = `{ $key }` inneheld { $doc }

## Funn frå YAML-laget (src/yaml.rs) og frå lesing av filer (src/check/)

finding-git-crypt = fila er kryptert med git-crypt: repositoriet er låst
finding-git-crypt-help = lås opp repositoriet med `git-crypt unlock` og nøkkelen din
finding-accept-error = { $code } ({ $name }) er ein feil, og berre åtvaringar kan godtakast
finding-accept-error-help = rett det feilen gjeld; `accept_warnings` er for åtvaringar som ikkje gjeld denne planen
finding-not-a-rule = `{ $rule }` er ikkje ein regel
finding-not-a-rule-help = `ip explain all` viser alle reglane
finding-file-too-large = fila er på { $size } MiB; planar over { $limit } MiB blir avviste
finding-file-too-large-help = ein plan er på nokre få kilobyte: sjekk at dette er rett fil
finding-duplicate-plan-id = plan-id-en `{ $id }` er òg id-en til { $first }
finding-duplicate-plan-id-help = gje kvar plan sin eigen id, til dømes årstal og eit løpenummer: "2026-018"
finding-not-utf8 = fila er ikkje UTF-8-tekst (ugyldig byte på linje { $line }, kolonne { $column })
finding-not-utf8-help = lagre fila med teiknkodinga UTF-8 i redigeringsprogrammet
finding-empty-file = fila er tom: ein plan er ei samling nøklar som `version`, `id` og `person`
finding-empty-file-help = køyr `ip new -o FIL` for ein mal å fylle ut
finding-not-a-mapping = ein plan må vere ei samling nøklar, men denne fila inneheld { $found }
finding-not-a-mapping-help = byrj fila med `version: 1` og dei andre nøklane på øvste nivå; `ip new` skriv ein mal
finding-too-large-help = ein plan treng berre nokre få nivå og ingen alias; skriv verdiane fullt ut
finding-too-many-values = YAML-en inneheld meir enn 250 000 verdiar; ein plan har nokre hundre
finding-too-many-values-help = éi fil inneheld éin plan: flytt resten til eigne filer
finding-aliases-expand = ankera og aliasa i YAML-en blir til meir enn 250 000 verdiar
finding-too-deep = YAML-en har meir enn 64 nivå
finding-several-documents = fila inneheld fleire YAML-dokument; éi fil er éin plan
finding-several-documents-help = fjern skiljelinja `---` og flytt den andre planen til ei eiga fil
finding-duplicate-key = nøkkelen `{ $key }` står to gonger: han finst alt lenger oppe i same del
finding-duplicate-key-help = behald éin `{ $key }:` og slå saman dei to verdiane
finding-unknown-anchor = YAML-en brukar eit alias (`*namn`) utan eit anker (`&namn`) framfor
finding-unknown-anchor-help = definer ankeret først, eller skriv verdien fullt ut
finding-parser-too-deep = YAML-en har for mange nivå til å kunne lesast
finding-parser-too-deep-help = ein plan treng berre nokre få nivå; sjå etter parentesar som ikkje er lukka
finding-syntax-colon = YAML fann `: ` der ein ny nøkkel ikkje kan byrje: anten inneheld ein verdi kolon og mellomrom, eller så har nøkkelen eit anna innrykk enn nøklane rundt
finding-syntax-colon-help = set tekst som inneheld `: ` i hermeteikn, til dømes `description: "Mål: klare handleturen"`; elles gjev du nøkkelen like mange mellomrom framfor som nøklane rundt
finding-syntax-tab = linja har innrykk med tabulator; YAML tillèt berre mellomrom
finding-syntax-tab-help = byt ut tabulatoren med mellomrom (dei fleste redigeringsprogram kan gjere det for heile fila)
finding-syntax-indentation = innrykket stemmer ikkje: YAML kan ikkje sjå kva del denne linja høyrer til
finding-syntax-indentation-help = gje linja like mange mellomrom framfor som dei andre nøklane i same del; eit punkt i ei liste byrjar med `- `, og tekst etter eit avsluttande hermeteikn eller ein parentes må stå innanfor
finding-syntax-no-colon = linja manglar `: ` etter nøkkelen, eller ho held fram linja over med feil innrykk
finding-syntax-no-colon-help = skriv `nøkkel: verdi`; tekst over fleire linjer skriv du under `nøkkel: |`, med innrykk på kvar linje
finding-syntax-quote = eit hermeteikn er opna, men aldri lukka
finding-syntax-quote-help = avslutt teksten med same hermeteikn som han byrjar med (" eller '); eit hermeteikn inne i teksten skriv du \" mellom doble eller '' mellom enkle hermeteikn
finding-syntax-after-quote = det står meir tekst etter det avsluttande hermeteiknet
finding-syntax-after-quote-help = set heile verdien innanfor hermeteikna, til dømes `name: "Ola «Olle» Hansen"`
finding-syntax-escape = ein omvend skråstrek (`\`) mellom doble hermeteikn startar ein spesialkode som YAML ikkje kjenner
finding-syntax-escape-help = skriv `\\` for ein omvend skråstrek, eller bruk enkle hermeteikn ('…'), der omvend skråstrek er eit vanleg teikn
finding-syntax-brackets = ei liste i hakeparentesar `[ ]` eller ei samling i krøllparentesar `{"{"} {"}"}` er ikkje lukka eller skild rett
finding-syntax-brackets-help = lukk kvar `[` med `]` og kvar `{"{"}` med `{"}"}`, og skil punkta med komma; tekst med komma, kolon eller parentes i treng hermeteikn
finding-syntax-character = ein verdi byrjar med `{ $character }`, som er eit reservert teikn i YAML
finding-syntax-character-help = set verdien i hermeteikn: tekst som byrjar med `@`, `` ` ``, `%`, `&`, `*`, `!`, `|`, `>`, `[` eller `{"{"}`, treng det
finding-syntax-dash = ein verdi byrjar med `-` følgd av ein parentes eller eit komma, og det kan ikkje YAML lese
finding-syntax-dash-help = set verdien i hermeteikn
finding-syntax-comment = YAML les `#` her som starten på ein kommentar, men tillèt ingen kommentar her
finding-syntax-comment-help = set eit mellomrom framfor `#` i ein kommentar; tekst med `#` i treng hermeteikn
finding-syntax = YAML-en kan ikkje lesast her (YAML-tolkaren seier: { $detail })
finding-syntax-help = sjekk innrykk og hermeteikn på denne linja: tekst som inneheld `: ` eller byrjar med eit spesialteikn, treng hermeteikn

## Merkelappen under utdraget i eit funn

finding-label-law = forskrift om individuell plan ved ytelse av velferdstjenester, innhald bokstav { $letter }
finding-label-here = her

## Kva som er endra i ein plan (ip history, ip diff: src/changes.rs)

change-noun = { $noun ->
        [goal] mål
        [measure] tiltak
        [participant] deltakar
        [cooperation] samarbeid med
        [accepted-warning] godteken åtvaring
        [meeting] møte
        [resource] ressurs
        [need] behov
        [person] person
        [consent] samtykke
        [coordinator] koordinator
        [period] planperiode
        [version] formatversjon
        [id] plan-id
        [status] status
        [language] språk
        [kind] plantype
        [background] bakgrunn
        [responsibility-group] ansvarsgruppe
        [consent-record] samtykke
        [voice] eigne ord
        [note] notat
        [related-plan] tilknytt plan
       *[other] { $noun }
    }
change-item-added = { change-noun } { $label } lagt til
change-item-changed = { change-noun } { $label } endra
change-item-removed = { change-noun } { $label } fjerna
change-added = { change-noun } lagt til
change-removed = { change-noun } fjerna
change-changed = { change-noun } endra
change-revision-moved = revideringsdato flytta
change-revision-changed = revidering endra
change-plan-created = plan oppretta
change-plan-deleted = plan sletta
change-unreadable = endra (ein av versjonane er ikkje gyldig YAML, så planane kan ikkje samanliknast)
change-renamed = omdøypt frå { $old }
change-layout-only = inga endring i innhaldet i planen (berre oppsett eller kommentarar)
change-field = { $field } { $old } → { $new }
change-field-set = { $field } sett til { $new }
change-field-removed = { $field } fjerna (var { $old })
change-none = (ingen)
change-plan-absent = planen finst korkje i { $from } eller i { $to }

## Git-feil: kva `ip` heldt på med (orda til git sjølv følgjer, på språket til git)

git-in-repository = { $context } ({ $repository })
git-cannot-read = kan ikkje lese { $path } ({ $repository })
git-locked = planen er kryptert med git-crypt, og repositoriet er låst
git-locked-help = lås det opp med `git-crypt unlock` og nøkkelen din, og køyr dette på nytt
git-help-owner = git avviser eit repositorium som ein annan brukar eig: stolar du på det, køyr `git config --global --add safe.directory <repositoriet>`
git-help-objects = repositoriet manglar objekt: køyr `git fsck` og hent det som manglar (`git fetch`)
git-help-status = sjekk repositoriet med `git status`
git-cannot-open = kan ikkje opne repositoriet i { $path }
git-cannot-open-help = `.git`-fila eller -mappa er øydelagd: sjekk ho med `git status` der
git-cannot-open-holding = kan ikkje opne repositoriet som { $path } ligg i
git-cannot-open-work-tree = kan ikkje opne arbeidsmappa { $path }
git-read-head = kan ikkje lese HEAD
git-read-head-commit = kan ikkje lese versjonen HEAD peikar på
git-walk-history = kan ikkje gå gjennom historikken
git-read-commit = kan ikkje lese ein versjon
git-read-tree = kan ikkje lese eit tre
git-read-parent-tree = kan ikkje lese treet til ein føregåande versjon
git-read-head-tree = kan ikkje lese treet til HEAD
git-read-status-of = kan ikkje lese statusen til { $path }
git-read-status = kan ikkje lese statusen
git-no-revision = finn ingen versjon `{ $rev }` i { $repository }
git-no-revision-help = oppgje ein versjon, ei grein eller ein tagg som finst: `git log --oneline` viser dei
git-read-revision = kan ikkje lese versjonen `{ $rev }`
git-not-a-commit = `{ $rev }` er ikkje ein versjon (commit)
git-read-object = kan ikkje lese filobjektet { $object }
git-compare-trees = kan ikkje samanlikne tre
git-find-renames = kan ikkje finne filer med nytt namn
git-decrypt = kan ikkje dekryptere { $path }
git-read-at-head = kan ikkje lese { $path } i HEAD
git-cannot-run = kan ikkje køyre `git`: { $err }
git-cannot-run-help = installer git (Debian: `apt install git`); `ip` brukar det til å lagre i git
git-cannot-commit-in = kan ikkje lagre i git i { $repository }
git-locked-index = ein annan git-prosess har låsefila { $lock }
git-locked-index-help = vent til han er ferdig, og prøv igjen; fjern låsefila berre viss ingen git-prosess køyrer
git-cannot-commit = kan ikkje lagre { $path } i git
git-ignored = .gitignore utelèt fila, så `git add` ville avvist ho
git-ignored-help = legg ho til sjølv med `git add -f` viss ho høyrer heime i git
git-cannot-stage = kan ikkje leggje { $path } til i git (`git add`)
git-read-new-commit = kan ikkje lese den nye versjonen
git-no-new-commit = HEAD har ingen versjon etter `git commit`

## Feil i kommandoar (avsluttingskode 2), meldingane inni

error-no-pdf-engine = { $engine ->
        [weasyprint] fann ikkje weasyprint i PATH
        [chromium] fann ikkje chromium i PATH
       *[auto] fann ikkje noko program som kan lage PDF
    }: installer weasyprint (Debian: apt install weasyprint) eller chromium
error-no-pdf-engine-help = eller bruk `--format html` og skriv ut frå ein nettlesar
error-pdf-to-terminal = ein PDF kan ikkje visast i terminalen
error-pdf-to-terminal-help = skriv han til ei fil med `-o FIL` eller `--out-dir MAPPE`, eller med `> plan.pdf`
error-is-a-folder = det er ei mappe
error-symlink-loop = for mange nivå med symbolske lenkjer
error-not-a-regular-file = det er ikkje ei vanleg fil
error-output-is-yaml = { $path } er ei YAML-fil; `ip render` skriv aldri over ei slik fil (ho kan vere ein plan)
error-output-is-yaml-help = vel eit filnamn som sluttar på .md, .html eller .pdf
error-read-only = planen er skriveverna; `ip revise` endrar ikkje ei skriveverna fil
error-read-only-help = gjer ho skrivbar (`chmod u+w FIL`) viss ho skal reviderast
error-export-one-plan = { $path } inneheld { $count } planar; `ip export` skriv éin plan
error-export-one-plan-help = oppgje éi planfil
error-lsp-stopped = språktenaren stoppa: { $message }
error-lsp-stopped-help = `ip lsp` snakkar Language Server Protocol på standard inn- og utdata: start han frå eit redigeringsprogram
migrate-would-break = den omgjorde planen ville brote reglar som den opphavlege planen ikkje bryt ({ $codes }): fila er ikkje endra
migrate-would-break-help = dette er ein feil i ip: meld han gjerne, med strukturen i planen (ikkje innhaldet)
error-revise-too-large = fila er på { $size } byte; planar over { $limit } byte (8 MiB) blir avviste
error-revise-uncommitted = planen har endringar som ikkje er lagra i git, og som `--commit` ville lagra saman med revideringa:{ $changes }
error-revise-uncommitted-help = lagre dei i git eller angre dei først (`ip diff` viser dei), eller legg til `--include-changes`
# ip render: several plans, but one output ($target: the -o file).
error-render-many-to-stdout = { $count } planar er oppgitt, men berre éin kan skrivast til standard ut
error-render-many-to-one = { $count } planar er oppgitt, men berre éin kan skrivast til { $target }
error-render-many-to-one-help = bruk `--out-dir MAPPE` for å skrive ut fleire planar, éi fil for kvar
error-render-stdin-alone = `-` (standard inn) kan berre skrivast ut åleine
error-templates-missing = malmappa finst ikkje
error-render-over-plan = { $path } er ein av planane; `ip render` skriv ikkje over han
error-render-same-target = to planar ville blitt skrivne til { $path }
error-render-same-target-case = to planar ville blitt skrivne til { $path } og { $other }, som er same fil der store og små bokstavar ikkje blir skilde (Windows, macOS)
error-render-same-target-help = gi planane kvar sin id
error-render-not-a-plan = fila er ikkje ein plan som kan lesast
error-render-no-participant = planen har ingen deltakar med id `{ $id }`
error-render-no-participant-help = deltakarane i { $path } har desse id-ane: { $ids }
error-render-no-pdf-program = fann ikkje noko program som kan lage PDF
error-pdf-temp = kan ikkje lage ei mellombels mappe for PDF-en: { $err }
error-pdf-did-not-run = { $engine } kunne ikkje startast: { $err }
error-pdf-timeout = det tok meir enn { $seconds } s og vart stoppa
error-pdf-no-pdf = { $engine } laga ingen PDF: { $why }
detail-configuration = innstillingar: { $path }
error-stdout = kan ikkje skrive til standard ut: { $err }

## ip explain (src/explain.rs)
explain-error = feil
explain-warning = åtvaring
# $letter: a–i; $item: what the regulation asks for under it (explain-item-*).
explain-law = Heimel: forskrift om individuell plan ved ytelse av velferdstjenester, innhald bokstav { $letter }: planen skal innehalde { $item }.
explain-item-a = måla, ressursane og behova personen har for tenester
explain-item-b = kven som deltek i arbeidet med planen
explain-item-c = kven som er koordinator
explain-item-d = kva personen, tenesteytarane, andre bidragsytarar og pårørande skal bidra med
explain-item-e = kva tiltak som er aktuelle, kor omfattande dei er og kven som har ansvaret for kvart av dei
explain-item-f = korleis tiltaka skal gjennomførast
explain-item-g = planperioden, og når planen skal justerast og reviderast
explain-item-h = samtykke til at planen blir utarbeidd, og, der det er gitt, samtykke til å dele teiepliktige opplysningar
explain-item-i = nødvendig eller ønskt samarbeid med andre tenesteytarar, institusjonar og etatar
explain-unknown = ingen regel heiter `{ $code }`
explain-unknown-near = meinte du `{ $near }`? `ip explain all` viser alle reglane
explain-unknown-help = `ip explain all` viser alle reglane
io-not-found = fila eller mappa finst ikkje
io-permission-denied = manglar tilgang
io-is-a-directory = det er ei mappe
io-storage-full = disken er full
io-already-exists = ho finst allereie
