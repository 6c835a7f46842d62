# Meldinger `ip` skriver til den som sitter ved terminalen, på bokmål.
# Hver id finnes også i en.ftl og nn.ftl, med de samme variablene (en enhetstest i
# src/messages.rs feiler ellers). Hele tekstene til `ip explain` ligger i i18n/explain/nb.

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
    } (de første { $drawn } er vist fullt ut ovenfor; `--format json` gir alle funnene fullt ut):
validate-skipped = hoppet over { $count ->
        [one] en fil
       *[other] filer
    } utenfor `plans`-mappene i { $config }: { $names } (`--force-paths` kontrollerer { $count ->
        [one] den
       *[other] dem
    } likevel)
validate-nothing = ingen av de oppgitte filene er planer: ingenting å kontrollere

## ip due

due-header-state = Status
due-header-plan = Plan
due-header-person = Planeier
due-header-coordinator = Koordinator
due-header-next = Neste revidering
due-header-days = Frist
due-header-commit = Sist lagret i git
due-state-overdue = over fristen
due-state-period-ended = planperioden er ute
due-state-invalid = ugyldig
due-state-due-soon = fristen nærmer seg
due-state-consent-expired = samtykket har gått ut
due-state-consent-expiring = samtykket går snart ut
due-state-ok = i orden
due-state-closed = avsluttet
due-today = i dag
due-tomorrow = i morgen
due-overdue-days = { $days ->
        [one] { $days } dag over fristen
       *[other] { $days } dager over fristen
    }
due-consent-ended-on = samtykket gikk ut { $date }: be om nytt samtykke
due-consent-ends-on = samtykket går ut { $date }
due-in-days = { $days ->
        [one] om { $days } dag
       *[other] om { $days } dager
    }
due-run-validate = kjør `ip validate`
due-period-ended-on = planperioden sluttet { $date }
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
due-shallow = repositoriet har ikke hele historikken (shallow clone), så en versjon merket «på eller før» kan være eldre (`git fetch --unshallow` henter resten)

## ip history

history-header-date = Dato
history-header-author = Lagret av
history-header-commit = Versjon
history-header-message = Melding
history-header-changes = Hva ble endret
history-on-or-before = på eller før
history-none = { $plan } er ikke lagret i git ennå.
history-shallow = repositoriet har ikke hele historikken (shallow clone), så den eldste versjonen er kanskje ikke der planen begynte (`git fetch --unshallow` henter resten)
history-not-found = filen finnes ikke, verken nå eller i historikken til repositoriet

## ip diff

diff-range = { $plan }: fra { $from } ({ $date }) til { $to }
diff-working-file = filen slik den er nå
diff-no-change = Ingen endring.
diff-layout-only = Ingen endring i innholdet i planen (bare kommentarer eller oppsett er endret).

## Linjer på stderr

said-wrote = skrev { $path }
said-wrote-calendar = skrev { $path }: { $events ->
        [one] { $events } hendelse
       *[other] { $events } hendelser
    } fra { $plans ->
        [one] { $plans } plan
       *[other] { $plans } planer
    }
said-no-events = ingen hendelser: ingen plan passet til utvalget, eller ingen av planene har en dato i tidsrommet
said-wrote-man = skrev { $count } man-sider i { $dir }
said-wrote-new = skrev { $path }: fyll den ut, og kjør så `ip validate { $path }`
said-not-rendered = ikke skrevet ut: rett feilene ovenfor, eller bruk `--draft` for å skrive ut planen merket som utkast
migrate-done = gjorde om { $file } til formatversjon 2
migrate-pending = { $file } er i formatversjon 1 (`ip migrate` gjør den om til versjon 2)
migrate-current = { $file } er allerede i formatversjon 2
migrate-unreadable = ikke gjort om: dette er ikke en plan i versjon 1 som ip kan lese
migrate-unreadable-help = rett det `ip validate` melder for filen, og kjør `ip migrate` på nytt
revise-invalid = planen er ikke gyldig
revise-on-future = revideringsdatoen { $on } er etter i dag ({ $today })
revise-on-future-help = en revidering registreres når den er gjennomført: utelat `--on` for å bruke dagens dato, eller oppgi dagen den ble gjennomført
revise-beyond-calendar = { $last } pluss { $interval } gir en dato utenfor kalenderen
revise-no-interval = det er ikke noe revideringsintervall å regne ut neste revidering fra
revise-no-interval-help = oppgi `--next DATO`, eller sett `revision.interval` i planen eller i ip.toml
revise-next-not-after = neste revidering ({ $next }) må være etter revideringsdatoen ({ $last })
revise-next-after-period = neste revidering ({ $next }) er etter at planperioden slutter ({ $end })
revise-next-after-period-help = oppgi `--next` på eller før { $end }; skal planen fortsette, forleng `period.end` først
said-not-revised = ikke revidert: rett feilene ovenfor først (`ip revise` registrerer bare revideringer av gyldige planer)
said-revised = reviderte { $file }: sist revidert { $last }, neste revidering { $next }
said-committed = ; lagret i git som { $commit }

## Feil (avslutningskode 2)

error-read = kan ikke lese { $path }: { $err }
error-read-configured = kan ikke lese { $path } (en `plans`-mappe i { $config }): { $err }
error-stdin = kan ikke lese standard inndata: { $err }
error-current-dir = kan ikke lese mappen du står i: { $err }
error-walk = kan ikke gå gjennom { $path }: { $message }
error-no-plans = fant ingen planer i { $path }
error-no-plans-help = planer er filer som slutter på .yaml eller .yml; filer som .gitignore utelater, og skjulte mapper, hoppes over
error-write = kan ikke skrive til { $path }: { $err }
error-create-dir = kan ikke opprette { $path }: { $err }
error-exists = { $path } finnes allerede; `ip` skriver aldri over den
error-exists-help = velg et annet navn, eller slett filen først
error-git = git: { $context }: { $message }
error-not-in-git = { $path } ligger ikke i et git-repositorium
error-not-in-git-help = historikken kommer fra git: kjør `git init` og lagre planen i git, eller kjør dette inne i repositoriet
error-outside-work-tree = { $path } ligger ikke i arbeidsmappen til repositoriet
error-no-identity = git har ingen identitet å lagre med: { $message }
error-no-identity-help = sett den med `git config --global user.name "Navnet ditt"` og `git config --global user.email deg@example.no`
error-render = kan ikke skrive ut { $file }: { $message }
error-refused = ikke eksportert: { $count ->
        [one] { $count } ugyldig plan
       *[other] { $count } ugyldige planer
    }: { $names }
error-refused-more = { $names } og { $more } til
error-refused-help = `ip validate` viser hva som er feil; `--draft` eksporterer ugyldige planer likevel (en fil som ikke er en plan i det hele tatt, kan ikke eksporteres)
error-config = feil i ip.toml: { $path }:{ $line }:{ $column }: { $message }
error-config-label = her

## Funn fra innholdsreglene (src/checks/)

finding-no-id = (uten id)
finding-did-you-mean = mente du `{ $word }`?
finding-id-list-more = { $ids } og { $more } til
finding-barnekoordinator-age = barnekoordinator er for familier med barn under 18 år, men personen var { $age } år da planen startet ({ $day })
finding-barnekoordinator-age-help = skriv `kind: koordinator`
finding-child-views = personen var { $age } år da planen startet, men planen viser ikke hva barnet selv mener
finding-child-views-help = legg til `voice:` med hva barnet sa, når, og hvem som skrev det ned
finding-consent-after-start-first = det første samtykket til planen ble gitt { $given }, men planperioden startet { $start }
finding-consent-after-start = samtykket ble gitt { $given }, men planperioden startet { $start }
finding-consent-after-start-help = samtykket må være gitt først: rett datoen, eller la perioden starte samme dag som samtykket eller senere
finding-consent-by-minor = personen var { $age } år på samtykkedatoen { $given } og dermed for ung til å samtykke selv
finding-consent-by-minor-help-v2 = under 16 år samtykker de som har foreldreansvar: én oppføring for hver, med `party:` lik id-en deres under `person.representatives`
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
finding-identity-number-help = fjern det: git tar vare på alle versjoner av filen for alltid; identifiser personen med navn og `born`
finding-measure-order = tiltaket { $measure } slutter ({ $end }) før det starter ({ $start })
finding-measure-order-help = bytt om datoene eller rett årstallet
finding-measure-outside = tiltaket { $measure } har datoen { $date }, som er utenfor planperioden ({ $start } – { $end })
finding-measure-outside-help = flytt datoen inn i perioden, eller forleng `period`
finding-no-sharing-consent-records = ingen samtykkeoppføring gjelder deling av taushetsbelagte opplysninger mellom deltakerne
finding-no-sharing-consent-records-help = helsepersonell kan likevel gi samarbeidende personell de opplysningene som er nødvendige for å gi forsvarlig helsehjelp, med mindre personen motsetter seg det (helsepersonelloven § 25); for å dele med andre deltakere trengs samtykke. Før opp hva personen har valgt: en oppføring med `covers: sharing`, eller godta denne advarselen med en begrunnelse
finding-no-sharing-consent = personen har ikke samtykket til at taushetsbelagte opplysninger deles mellom deltakerne
finding-no-sharing-consent-help = helsepersonell kan likevel gi samarbeidende personell de opplysningene som er nødvendige for å gi forsvarlig helsehjelp, med mindre personen motsetter seg det (helsepersonelloven § 25); for å dele med andre deltakere trengs samtykke. Sørg for at alle deltakerne vet dette, eller godta denne advarselen med en begrunnelse
finding-no-sharing-consent-unrecorded = planen sier ikke om personen samtykker til at opplysninger deles
finding-no-sharing-consent-unrecorded-help = legg til `sharing: true` eller `sharing: false` under `consent`
finding-participants-besides-coordinator = koordinatoren er den eneste deltakeren
finding-participants-besides-coordinator-help = legg til personen selv og tjenestene som deltar, hver med hva de bidrar med
finding-period-order = planperioden slutter ({ $end }) før eller samme dag som den starter ({ $start })
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
        [attendees] deltakerlisten til et møte
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
        [0] det finnes ingen ennå
       *[other] { $ids }
    }) eller `coordinator`, eller legg `{ $who }` til i `participants`

## Funn fra strukturkontrollen (src/structure.rs)

finding-the-plan = planen
# En samling i en liste: $noun er substantivet fra felttabellen (fields.rs), med bindestrek for mellomrom.
finding-item-with-id = { finding-noun } `{ $id }`
finding-item-number = { finding-noun } { $number }
finding-noun = { $noun ->
        [representative] representant
        [person] person
        [consent] samtykke
        [coordinator] koordinator
        [participant] deltaker
        [goal] mål
        [measure] tiltak
        [cooperation-entry] samarbeidspunkt
        [period] planperiode
        [revision] revidering
        [accepted-warning] godtatt advarsel
        [meeting] møte
        [voice-entry] synspunkt
        [consent-record] samtykkeoppføring
        [responsibility-group] ansvarsgruppe
        [evaluation] evaluering
        [decision] vedtak
        [follow-up] oppfølgingspunkt
        [note] notat
        [related-plan] tilknyttet plan
       *[other] { $noun }
    }
finding-key-of = `{ $key }` i { $owner }
finding-entry = punkt { $number } i { $path }
finding-key-not-text = ukjent nøkkel `{ $key }` i { $owner }: nøkler er ord, for eksempel `{ $example }`
finding-key-not-text-help = fjern nøkkelen eller rett navnet på den
finding-unknown-key = ukjent nøkkel `{ $key }` i { $owner }
finding-unknown-key-help-near = Kjente nøkler i { $owner }: { $keys }
finding-unknown-key-help = fjern den, eller bruk en av de kjente nøklene i { $owner }: { $keys }
finding-empty = `{ $key }` i { $owner } er ikke fylt ut
finding-missing = { $owner } mangler `{ $key }`
finding-content-item = { $message } (krav til innhold, bokstav { $letter }: { $letter ->
        [a] personens mål, ressurser og behov for tjenester
        [b] hvem som deltar i planarbeidet
        [c] hvem som er koordinator
        [d] hva personen, tjenesteytere, bidragsytere og pårørende skal bidra med
        [e] hvilke tiltak som er aktuelle, omfanget av dem og hvem som har ansvaret for hvert
        [f] hvordan tiltakene skal gjennomføres
        [g] planperioden, og når planen skal justeres og revideres
        [h] samtykke til at planen utarbeides, og eventuelt samtykke til å dele taushetsbelagte opplysninger
       *[i] nødvendig eller ønskelig samarbeid med andre tjenesteytere, institusjoner og etater
    })
finding-missing-help = legg til { $shape ->
        [list] `{ $key }:` med minst ett punkt
        [map] en `{ $key }:`-del
       *[value] `{ $key }:`
    }
finding-version = formatversjon { $found } støttes ikke: denne versjonen av `ip` leser versjon 1 og 2
finding-version-help-v1 = planen er skrevet i versjon 1: skriv `version: 1`, eller kjør `ip migrate` for å gjøre den om til versjon 2
finding-version-help = skriv `version: { $version }`
finding-not-text = { $path } skal være tekst, men YAML leser verdien som { $found }
finding-not-text-help = sett verdien i anførselstegn, for eksempel "77 00 00 17", så den blir stående nøyaktig slik den er skrevet
finding-not-duration = { $path } er "{ $value }", som ikke er en varighet
finding-not-duration-help = skriv et tall og en enhet på engelsk: `6 months`, `12 weeks`, `30 days` eller `1 year`
finding-not-allowed = { $path } er `{ $value }`, som ikke er en tillatt verdi
finding-allowed-near = Tillatte verdier: { $allowed }
finding-allowed = bruk en av disse verdiene: { $allowed }
finding-entry-empty = { $entry } er tomt
finding-entry-empty-help = fjern streken `-` som står alene, eller fyll ut punktet
finding-entry-blank = { $entry } har ingen tekst
finding-entry-blank-help = fjern punktet eller skriv teksten
finding-wrong-type = { $path } skal være { $expected }, men er { $found }
finding-not-a-date = { $path } er "{ $value }", som ikke er en dato på formen ÅÅÅÅ-MM-DD
finding-not-a-date-help-iso = skriv den som { $date } (år-måned-dag, ISO 8601)
finding-not-a-date-help = skriv datoer som ÅÅÅÅ-MM-DD, for eksempel 2026-01-15
finding-no-such-day = { $path } er "{ $value }", som ikke er en dag i kalenderen
finding-no-such-day-help = sjekk dag og måned: datoen finnes ikke
finding-expected = { $type ->
        [text] tekst
        [bool] true eller false
        [date] en dato (ÅÅÅÅ-MM-DD)
        [duration] en varighet, for eksempel "6 months"
        [version-1] tallet 1
        [version-2] tallet 2
        [enum] ett av de tillatte ordene
        [list] en liste
       *[map] en samling nøkler
    }
finding-found = { $type ->
        [null] ingenting (null)
        [bool] true/false
        [int] et tall
        [float] et desimaltall
        [text] tekst
        [list] en liste
       *[map] en samling nøkler
    }
finding-type-help-list = skriv `{ $key }:` og så punktene på hver sin linje, hvert med `- ` foran
finding-type-help-map = skriv `{ $key }:` og så nøklene med innrykk på linjene under: { $keys }
finding-type-help-bool = skriv `true` eller `false`
# Vises bare på engelsk så lenge feltbeskrivelsene (fields.rs) er engelske.
finding-type-help-doc = `{ $key }` inneholder { $doc }

## Funn fra YAML-laget (src/yaml.rs) og fra lesing av filer (src/check/)

finding-git-crypt = filen er kryptert med git-crypt: repositoriet er låst
finding-git-crypt-help = lås opp repositoriet med `git-crypt unlock` og nøkkelen din
finding-accept-error = { $code } ({ $name }) er en feil, og bare advarsler kan godtas
finding-accept-error-help = rett det feilen gjelder; `accept_warnings` er for advarsler som ikke gjelder denne planen
finding-not-a-rule = `{ $rule }` er ikke en regel
finding-not-a-rule-help = `ip explain all` viser alle reglene
finding-file-too-large = filen er på { $size } MiB; planer over { $limit } MiB blir avvist
finding-file-too-large-help = en plan er på noen få kilobyte: sjekk at dette er riktig fil
finding-duplicate-plan-id = plan-id-en `{ $id }` er også id-en til { $first }
finding-duplicate-plan-id-help = gi hver plan sin egen id, for eksempel årstall og et løpenummer: "2026-018"
finding-not-utf8 = filen er ikke UTF-8-tekst (ugyldig byte på linje { $line }, kolonne { $column })
finding-not-utf8-help = lagre filen med tegnkodingen UTF-8 i redigeringsprogrammet
finding-empty-file = filen er tom: en plan er en samling nøkler som `version`, `id` og `person`
finding-empty-file-help = kjør `ip new -o FIL` for en mal å fylle ut
finding-not-a-mapping = en plan må være en samling nøkler, men denne filen inneholder { $found }
finding-not-a-mapping-help = begynn filen med `version: 1` og de andre nøklene på øverste nivå; `ip new` skriver en mal
finding-too-large-help = en plan trenger bare noen få nivåer og ingen aliaser; skriv verdiene fullt ut
finding-too-many-values = YAML-en inneholder mer enn 250 000 verdier; en plan har noen hundre
finding-too-many-values-help = én fil inneholder én plan: flytt resten til egne filer
finding-aliases-expand = ankrene og aliasene i YAML-en blir til mer enn 250 000 verdier
finding-too-deep = YAML-en har mer enn 64 nivåer
finding-several-documents = filen inneholder flere YAML-dokumenter; én fil er én plan
finding-several-documents-help = fjern skillelinjen `---` og flytt den andre planen til en egen fil
finding-duplicate-key = nøkkelen `{ $key }` står to ganger: den finnes allerede lenger opp i samme del
finding-duplicate-key-help = behold én `{ $key }:` og slå sammen de to verdiene
finding-unknown-anchor = YAML-en bruker et alias (`*navn`) uten et anker (`&navn`) foran
finding-unknown-anchor-help = definer ankeret først, eller skriv verdien fullt ut
finding-parser-too-deep = YAML-en har for mange nivåer til å kunne leses
finding-parser-too-deep-help = en plan trenger bare noen få nivåer; se etter parenteser som ikke er lukket
finding-syntax-colon = YAML fant `: ` der en ny nøkkel ikke kan begynne: enten inneholder en verdi kolon og mellomrom, eller så har nøkkelen et annet innrykk enn nøklene rundt
finding-syntax-colon-help = sett tekst som inneholder `: ` i anførselstegn, for eksempel `description: "Mål: klare handleturen"`; ellers gi nøkkelen like mange mellomrom foran som nøklene rundt
finding-syntax-tab = linjen har innrykk med tabulator; YAML tillater bare mellomrom
finding-syntax-tab-help = bytt ut tabulatoren med mellomrom (de fleste redigeringsprogrammer kan gjøre det for hele filen)
finding-syntax-indentation = innrykket stemmer ikke: YAML kan ikke se hvilken del denne linjen hører til
finding-syntax-indentation-help = gi linjen like mange mellomrom foran som de andre nøklene i samme del; et punkt i en liste begynner med `- `, og tekst etter et avsluttende anførselstegn eller en parentes må stå innenfor
finding-syntax-no-colon = linjen mangler `: ` etter nøkkelen, eller den fortsetter linjen over med feil innrykk
finding-syntax-no-colon-help = skriv `nøkkel: verdi`; tekst over flere linjer skrives under `nøkkel: |`, med innrykk på hver linje
finding-syntax-quote = et anførselstegn er åpnet, men aldri lukket
finding-syntax-quote-help = avslutt teksten med samme anførselstegn som den begynner med (" eller '); et anførselstegn inne i teksten skrives \" mellom doble eller '' mellom enkle anførselstegn
finding-syntax-after-quote = det står mer tekst etter det avsluttende anførselstegnet
finding-syntax-after-quote-help = sett hele verdien innenfor anførselstegnene, for eksempel `name: "Ola «Olle» Hansen"`
finding-syntax-escape = en omvendt skråstrek (`\`) mellom doble anførselstegn starter en spesialkode som YAML ikke kjenner
finding-syntax-escape-help = skriv `\\` for en omvendt skråstrek, eller bruk enkle anførselstegn ('…'), der omvendt skråstrek er et vanlig tegn
finding-syntax-brackets = en liste i hakeparenteser `[ ]` eller en samling i krøllparenteser `{"{"} {"}"}` er ikke lukket eller skilt riktig
finding-syntax-brackets-help = lukk hver `[` med `]` og hver `{"{"}` med `{"}"}`, og skill punktene med komma; tekst med komma, kolon eller parentes i trenger anførselstegn
finding-syntax-character = en verdi begynner med `{ $character }`, som er et reservert tegn i YAML
finding-syntax-character-help = sett verdien i anførselstegn: tekst som begynner med `@`, `` ` ``, `%`, `&`, `*`, `!`, `|`, `>`, `[` eller `{"{"}`, trenger det
finding-syntax-dash = en verdi begynner med `-` fulgt av en parentes eller et komma, og det kan ikke YAML lese
finding-syntax-dash-help = sett verdien i anførselstegn
finding-syntax-comment = YAML leser `#` her som starten på en kommentar, men tillater ingen kommentar her
finding-syntax-comment-help = sett et mellomrom foran `#` i en kommentar; tekst med `#` i trenger anførselstegn
finding-syntax = YAML-en kan ikke leses her (YAML-tolkeren sier: { $detail })
finding-syntax-help = sjekk innrykk og anførselstegn på denne linjen: tekst som inneholder `: ` eller begynner med et spesialtegn, trenger anførselstegn

## Merkelappen under utdraget i et funn

finding-label-law = forskrift om individuell plan ved ytelse av velferdstjenester, innhold bokstav { $letter }
finding-label-here = her

## Hva som er endret i en plan (ip history, ip diff: src/changes.rs)

change-noun = { $noun ->
        [goal] mål
        [measure] tiltak
        [participant] deltaker
        [cooperation] samarbeid med
        [accepted-warning] godtatt advarsel
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
        [voice] egne ord
        [note] notat
        [related-plan] tilknyttet plan
       *[other] { $noun }
    }
change-item-added = { change-noun } { $label } lagt til
change-item-changed = { change-noun } { $label } endret
change-item-removed = { change-noun } { $label } fjernet
change-added = { change-noun } lagt til
change-removed = { change-noun } fjernet
change-changed = { change-noun } endret
change-revision-moved = revideringsdato flyttet
change-revision-changed = revidering endret
change-plan-created = plan opprettet
change-plan-deleted = plan slettet
change-unreadable = endret (en av versjonene er ikke gyldig YAML, så planene kan ikke sammenlignes)
change-renamed = omdøpt fra { $old }
change-layout-only = ingen endring i innholdet i planen (bare oppsett eller kommentarer)
change-field = { $field } { $old } → { $new }
change-field-set = { $field } satt til { $new }
change-field-removed = { $field } fjernet (var { $old })
change-none = (ingen)
change-plan-absent = planen finnes verken i { $from } eller i { $to }

## Git-feil: hva `ip` holdt på med (git sine egne ord følger, på gits språk)

git-in-repository = { $context } ({ $repository })
git-cannot-read = kan ikke lese { $path } ({ $repository })
git-locked = planen er kryptert med git-crypt, og repositoriet er låst
git-locked-help = lås det opp med `git-crypt unlock` og nøkkelen din, og kjør dette på nytt
git-help-owner = git avviser et repositorium som eies av en annen bruker: stoler du på det, kjør `git config --global --add safe.directory <repositoriet>`
git-help-objects = repositoriet mangler objekter: kjør `git fsck` og hent det som mangler (`git fetch`)
git-help-status = sjekk repositoriet med `git status`
git-cannot-open = kan ikke åpne repositoriet i { $path }
git-cannot-open-help = `.git`-filen eller -mappen er ødelagt: sjekk den med `git status` der
git-cannot-open-holding = kan ikke åpne repositoriet som { $path } ligger i
git-cannot-open-work-tree = kan ikke åpne arbeidsmappen { $path }
git-read-head = kan ikke lese HEAD
git-read-head-commit = kan ikke lese versjonen HEAD peker på
git-walk-history = kan ikke gå gjennom historikken
git-read-commit = kan ikke lese en versjon
git-read-tree = kan ikke lese et tre
git-read-parent-tree = kan ikke lese treet til en foregående versjon
git-read-head-tree = kan ikke lese treet til HEAD
git-read-status-of = kan ikke lese statusen til { $path }
git-read-status = kan ikke lese statusen
git-no-revision = finner ingen versjon `{ $rev }` i { $repository }
git-no-revision-help = oppgi en versjon, gren eller tagg som finnes: `git log --oneline` viser dem
git-read-revision = kan ikke lese versjonen `{ $rev }`
git-not-a-commit = `{ $rev }` er ikke en versjon (commit)
git-read-object = kan ikke lese filobjektet { $object }
git-compare-trees = kan ikke sammenligne trær
git-find-renames = kan ikke finne omdøpte filer
git-decrypt = kan ikke dekryptere { $path }
git-read-at-head = kan ikke lese { $path } i HEAD
git-cannot-run = kan ikke kjøre `git`: { $err }
git-cannot-run-help = installer git (Debian: `apt install git`); `ip` bruker det til å lagre i git
git-cannot-commit-in = kan ikke lagre i git i { $repository }
git-locked-index = en annen git-prosess har låsefilen { $lock }
git-locked-index-help = vent til den er ferdig, og prøv igjen; fjern låsefilen bare hvis ingen git-prosess kjører
git-cannot-commit = kan ikke lagre { $path } i git
git-ignored = .gitignore utelater filen, så `git add` ville avvist den
git-ignored-help = legg den til selv med `git add -f` hvis den hører hjemme i git
git-cannot-stage = kan ikke legge { $path } til i git (`git add`)
git-read-new-commit = kan ikke lese den nye versjonen
git-no-new-commit = HEAD har ingen versjon etter `git commit`

## Feil i kommandoer (avslutningskode 2), meldingene inni

error-no-pdf-engine = { $engine ->
        [weasyprint] fant ikke weasyprint i PATH
        [chromium] fant ikke chromium i PATH
       *[auto] fant ikke noe program som kan lage PDF
    }: installer weasyprint (Debian: apt install weasyprint) eller chromium
error-no-pdf-engine-help = eller bruk `--format html` og skriv ut fra en nettleser
error-pdf-to-terminal = en PDF kan ikke vises i terminalen
error-pdf-to-terminal-help = skriv den til en fil med `-o FIL` eller `--out-dir MAPPE`, eller med `> plan.pdf`
error-is-a-folder = det er en mappe
error-symlink-loop = for mange nivåer med symbolske lenker
error-not-a-regular-file = det er ikke en vanlig fil
error-output-is-yaml = { $path } er en YAML-fil; `ip render` skriver aldri over en slik fil (den kan være en plan)
error-output-is-yaml-help = velg et filnavn som slutter på .md, .html eller .pdf
error-read-only = planen er skrivebeskyttet; `ip revise` endrer ikke en skrivebeskyttet fil
error-read-only-help = gjør den skrivbar (`chmod u+w FIL`) hvis den skal revideres
error-export-one-plan = { $path } inneholder { $count } planer; `ip export` skriver én plan
error-export-one-plan-help = oppgi én planfil
error-lsp-stopped = språktjeneren stoppet: { $message }
error-lsp-stopped-help = `ip lsp` snakker Language Server Protocol på standard inn- og utdata: start den fra et redigeringsprogram
migrate-would-break = den omgjorte planen ville brutt regler som den opprinnelige planen ikke bryter ({ $codes }): filen er ikke endret
migrate-would-break-help = dette er en feil i ip: meld den gjerne, med strukturen i planen (ikke innholdet)
error-revise-too-large = filen er på { $size } byte; planer over { $limit } byte (8 MiB) blir avvist
error-revise-uncommitted = planen har endringer som ikke er lagret i git, og som `--commit` ville lagret sammen med revideringen:{ $changes }
error-revise-uncommitted-help = lagre dem i git eller angre dem først (`ip diff` viser dem), eller legg til `--include-changes`
# ip render: several plans, but one output ($target: the -o file).
error-render-many-to-stdout = { $count } planer er oppgitt, men bare én kan skrives til standard ut
error-render-many-to-one = { $count } planer er oppgitt, men bare én kan skrives til { $target }
error-render-many-to-one-help = bruk `--out-dir MAPPE` for å skrive ut flere planer, én fil for hver
error-render-stdin-alone = `-` (standard inn) kan bare skrives ut alene
error-templates-missing = malmappen finnes ikke
error-render-over-plan = { $path } er en av planene; `ip render` skriver ikke over den
error-render-same-target = to planer ville blitt skrevet til { $path }
error-render-same-target-case = to planer ville blitt skrevet til { $path } og { $other }, som er samme fil der store og små bokstaver ikke skilles (Windows, macOS)
error-render-same-target-help = gi planene hver sin id
error-render-not-a-plan = filen er ikke en plan som kan leses
error-render-no-participant = planen har ingen deltaker med id `{ $id }`
error-render-no-participant-help = deltakerne i { $path } har disse id-ene: { $ids }
error-render-no-pdf-program = fant ikke noe program som kan lage PDF
error-pdf-temp = kan ikke lage en midlertidig mappe for PDF-en: { $err }
error-pdf-did-not-run = { $engine } kunne ikke startes: { $err }
error-pdf-timeout = det tok mer enn { $seconds } s og ble stoppet
error-pdf-no-pdf = { $engine } laget ingen PDF: { $why }
detail-configuration = innstillinger: { $path }
error-stdout = kan ikke skrive til standard ut: { $err }

## ip explain (src/explain.rs)
explain-error = feil
explain-warning = advarsel
# $letter: a–i; $item: what the regulation asks for under it (explain-item-*).
explain-law = Hjemmel: forskrift om individuell plan ved ytelse av velferdstjenester, innhold bokstav { $letter }: planen skal inneholde { $item }.
explain-item-a = personens mål, ressurser og behov for tjenester
explain-item-b = hvem som deltar i arbeidet med planen
explain-item-c = hvem som er koordinator
explain-item-d = hva personen, tjenesteyterne, andre bidragsytere og pårørende skal bidra med
explain-item-e = hvilke tiltak som er aktuelle, omfanget av dem og hvem som har ansvaret for hvert av dem
explain-item-f = hvordan tiltakene skal gjennomføres
explain-item-g = planperioden, og når planen skal justeres og revideres
explain-item-h = samtykke til at planen utarbeides, og, der det er gitt, samtykke til å dele taushetsbelagte opplysninger
explain-item-i = nødvendig eller ønskelig samarbeid med andre tjenesteytere, institusjoner og etater
explain-unknown = ingen regel heter `{ $code }`
explain-unknown-near = mente du `{ $near }`? `ip explain all` viser alle reglene
explain-unknown-help = `ip explain all` viser alle reglene
io-not-found = filen eller mappen finnes ikke
io-permission-denied = mangler tilgang
io-is-a-directory = det er en mappe
io-storage-full = disken er full
io-already-exists = den finnes allerede
