# Kommandolinjen på bokmål: claps egne ord, brukerfeil og hjelpeteksten til hver kommando og
# hvert valg (src/cmd/localize.rs). Id-ene i hjelpen kommer fra kommandoen og argumentets
# id: cli-validate-arg-deny-warnings er `ip validate --deny-warnings`; cli-arg-… er de
# globale valgene. En test feiler når en kommando eller et argument mangler tekst her, og
# når en tekst her ikke hører til noen. Valgnavn, verdier og YAML-nøkler står som de er.

## Hjelp

cli-usage = Bruk:
cli-commands = Kommandoer:
cli-arguments = Argumenter:
cli-options = Valg:
cli-placeholder-options = VALG
cli-placeholder-command = KOMMANDO
cli-default = [standard: { $value }]
cli-possible-values = [mulige verdier: { $values }]
cli-possible-values-heading = Mulige verdier:
cli-subcommands = [kommandoer: { $values }]

## Brukerfeil (etter error-prefix og ": ")

cli-error-unknown-argument = uventet argument '{ $arg }'
cli-error-invalid-subcommand = ukjent kommando '{ $subcommand }'
cli-error-invalid-value = ugyldig verdi '{ $value }' for '{ $arg }'
cli-error-value-required = '{ $arg }' trenger en verdi, men fikk ingen
cli-error-missing-required = disse obligatoriske argumentene mangler:
cli-error-missing-subcommand = '{ $command }' trenger en kommando, men fikk ingen
cli-error-conflict = { $count ->
    [0] argumentet '{ $arg }' kan ikke brukes sammen med de andre argumentene
    [1] argumentet '{ $arg }' kan ikke brukes sammen med { $others }
   *[other] argumentet '{ $arg }' kan ikke brukes sammen med:
}
cli-error-subcommand-conflict = { $count ->
    [0] kommandoen '{ $arg }' kan ikke brukes sammen med de andre argumentene
    [1] kommandoen '{ $arg }' kan ikke brukes sammen med { $others }
   *[other] kommandoen '{ $arg }' kan ikke brukes sammen med:
}
cli-error-conflict-repeated = argumentet '{ $arg }' kan bare brukes én gang
cli-error-no-equals = '{ $arg }' må få verdien sin etter et likhetstegn (=)
cli-error-too-many-values = uventet verdi '{ $value }' for '{ $arg }': argumentet tar ikke flere verdier
cli-error-number-of-values = '{ $arg }' trenger { $expected } verdier, men fikk { $actual }
cli-error-invalid-utf8 = ugyldig UTF-8 i ett eller flere argumenter

## Tips etter en brukerfeil

cli-tip = tips
cli-tip-similar-subcommand = { $count ->
    [one] mente du kommandoen { $names }?
   *[other] mente du en av kommandoene { $names }?
}
cli-tip-similar-argument = { $count ->
    [one] mente du { $names }?
   *[other] mente du en av { $names }?
}
cli-tip-similar-value = { $count ->
    [one] mente du verdien { $names }?
   *[other] mente du en av verdiene { $names }?
}
cli-tip-as-value = for å gi '{ $arg }' som verdi, skriv '{ $write }'
cli-tip-remove-dashes = kommandoen '{ $subcommand }' finnes; fjern '--' foran den for å bruke den
cli-tip-exists = '{ $arg }' finnes
cli-more-information = Prøv '{ $flag }' for mer informasjon.

## Verdier som ikke kan leses

cli-invalid-date-suggestion = skriv datoen som { $iso } (ÅÅÅÅ-MM-DD)
cli-invalid-date = skriv datoen som ÅÅÅÅ-MM-DD
cli-invalid-duration = skriv en varighet som "30 days", "6 weeks", "2 months" eller "1 year"

## Plassholdere for verdier (<FIL>, <DATO>, …)

cli-placeholder-code = KODE
cli-placeholder-color = FARGE
cli-placeholder-date = DATO
cli-placeholder-dir = MAPPE
cli-placeholder-duration = VARIGHET
cli-placeholder-engine = PROGRAM
cli-placeholder-file = FIL
cli-placeholder-format = FORMAT
cli-placeholder-from = FRA
cli-placeholder-lang = SPRÅK
cli-placeholder-msg = MELDING
cli-placeholder-name = NAVN
cli-placeholder-participant = DELTAKER
cli-placeholder-path = STI
cli-placeholder-paths = STIER
cli-placeholder-plan = PLAN
cli-placeholder-plans = PLANER
cli-placeholder-shell = SKALL
cli-placeholder-to = TIL

## ip og de globale valgene

cli-about = Individuelle planer som YAML-filer i git: kontroller dem mot formatet og innholdskravene i forskrift om individuell plan (a–i)
cli-arg-color = Farger: auto (i en terminal; NO_COLOR eller TERM=dumb slår dem av, CLICOLOR_FORCE på), always eller never
cli-arg-config = Les denne ip.toml i stedet for å lete etter en i mappene over den du står i
cli-arg-no-config = Ikke les noen ip.toml (da stopper heller ikke en ødelagt fil kommandoen)
cli-arg-lang = Språket i meldingene: nb, nn eller en (standard: `language` i ip.toml, ellers språket i miljøet, ellers engelsk); også for etikettene til `render` og hendelsene til `calendar`
cli-arg-quiet = Ikke skriv annet enn feil på stderr
cli-arg-verbose = Fortell også hvilken ip.toml og hvilke filer som ble lest
cli-arg-help = Vis hjelp
cli-arg-help-more = Vis hjelp (mer med '--help')
cli-arg-help-summary = Vis hjelp (et sammendrag med '-h')
cli-arg-version = Vis versjonen
cli-help-about = Vis denne hjelpen, eller hjelpen til de gitte kommandoene

## ip validate

cli-validate-about = Kontroller planer mot formatet og innholdskravene i forskriften
cli-validate-arg-paths = Planfiler eller mapper; `-` leser én plan fra standard inndata. Standard: `plans`-mappene i ip.toml, ellers mappen du står i
cli-validate-arg-format = Utdataformat (standard: github i GitHub Actions, der GITHUB_ACTIONS=true, slik ruff gjør; ellers text)
cli-validate-arg-format-value-text = For mennesker: hvert funn med linjen sin fra planen, og til slutt et sammendrag
cli-validate-arg-format-value-json = For skript: ett JSON-dokument (formen står i README)
cli-validate-arg-format-value-github = Arbeidsflytkommandoer for GitHub Actions (merknader)
cli-validate-arg-format-value-sarif = SARIF 2.1.0, for kodeskanning i GitHub og andre oversikter
cli-validate-arg-format-value-gitlab = GitLab Code Quality (kodekvalitetsvisningen i en merge request)
cli-validate-arg-format-value-junit = JUnit XML: ett testtilfelle per plan, for testrapportene i CI
cli-validate-arg-deny-warnings = Mislykkes (avslutt med 1) også ved advarsler
cli-validate-arg-force-paths = Kontroller filer som er oppgitt på kommandolinjen, også der `plans` og `exclude` i ip.toml sier at de ikke er planer (ellers hoppes de over med en merknad, slik at en pre-commit-hook eller et redigeringsprogram kan sende med alle endrede YAML-filer)
cli-validate-arg-stdin-filename = Navnet som skal brukes i rapporten for en plan lest fra standard inndata (`-`), for eksempel fila et redigeringsprogram kontrollerer

## ip render

cli-render-about = Lag en plan for utskrift (Markdown eller HTML for A4) på bokmål, nynorsk eller engelsk
cli-render-arg-plans = Planfiler eller mapper (`-` for standard inndata)
cli-render-arg-format = Utdataformat: Markdown, én selvstendig HTML-fil for utskrift på A4, eller PDF (A4)
cli-render-arg-pdf-engine = Programmet som lager PDF: auto er WeasyPrint (PDF/A-2b) hvis det er installert, ellers Chromium
cli-render-arg-output = Skriv til FIL i stedet for standard utdata (én plan)
cli-render-arg-out-dir = Skriv én fil per plan i MAPPE, med navn etter plan-ID-en
cli-render-arg-for-participant = Bare delene denne deltakeren (en id) har tilgang til, merket som utdrag
cli-render-arg-draft = Skriv ut en ugyldig plan likevel, merket som utkast
cli-render-arg-templates = En mappe med maler som erstatter de innebygde (plan.html, plan.md)

## ip due

cli-due-about = Vis planer som skal revideres: fristen er passert eller nærmer seg, planperioden er slutt, eller planen er ugyldig
cli-due-arg-paths = Planfiler eller mapper (standard: `plans`-mappene i ip.toml, ellers mappen du står i)
cli-due-arg-as-of = Dagen det regnes fra, ÅÅÅÅ-MM-DD (standard: i dag). Gir samme utdata hver gang
cli-due-arg-within = Hvor langt fram fristen regnes som nær: "30 days", "6 weeks", "1 month" (standard: `revision.due_within` i ip.toml, ellers 30 dager)
cli-due-arg-all = Vis alle planer, også de som er i orden eller avsluttet
cli-due-arg-coordinator = Bare planer der koordinatoren har dette navnet (store og små bokstaver spiller ingen rolle)
cli-due-arg-format = Utdataformat
cli-due-arg-format-value-table = En tabell for mennesker
cli-due-arg-format-value-json = JSON for skript
cli-due-arg-format-value-csv = CSV for regneark: UTF-8 med byte order mark, sitering etter RFC 4180
cli-due-arg-check = Avslutt med 1 når en plan må revideres (for CI eller en planlagt jobb)

## ip calendar

cli-calendar-about = Skriv datoene i planene (revideringer, møter, når tiltak slutter) som en iCalendar-fil
cli-calendar-arg-paths = Planfiler eller mapper (standard: `plans`-mappene i ip.toml, ellers mappen du står i)
cli-calendar-arg-output = Skriv kalenderen til FIL (for eksempel planer.ics) i stedet for standard utdata
cli-calendar-arg-coordinator = Bare planer der koordinatoren har dette navnet (store og små bokstaver spiller ingen rolle)
cli-calendar-arg-within = Bare hendelser fra i dag (eller --as-of) og så langt fram: "30 days", "6 weeks", "3 months"
cli-calendar-arg-as-of = Dagen --within regnes fra, ÅÅÅÅ-MM-DD (standard: i dag)
cli-calendar-arg-names = Ta med personens navn i hendelsene (ellers står bare plan-ID-en der)
cli-calendar-arg-draft = Ta med ugyldige planer også (ellers avvises de, og ingenting skrives)

## ip export

cli-export-about = Skriv én plan i et annet format: en FHIR R4 Bundle (JSON)
cli-export-arg-plan = Planfila (`-` for standard inndata)
cli-export-arg-format = Formatet som skal skrives
cli-export-arg-format-value-fhir = En FHIR R4 Bundle (collection) i JSON: Patient, CarePlan, Goal, CareTeam, Consent
cli-export-arg-output = Skriv til FIL i stedet for standard utdata
cli-export-arg-no-person-name = Utelat personens navn (Patient beholder bare fødselsdatoen)
cli-export-arg-as-of = Dagen statusen til tiltakene regnes fra (pågår, avsluttet, ikke startet), ÅÅÅÅ-MM-DD (standard: i dag)
cli-export-arg-draft = Eksporter en ugyldig plan likevel, som utkast (CarePlan-status `draft`)

## ip history

cli-history-about = Versjonene i git som endret en plan, med hva som ble endret i planen
cli-history-arg-plan = Planfila
cli-history-arg-format = Utdataformat
cli-history-arg-format-value-table = En tabell for mennesker
cli-history-arg-format-value-json = JSON for skript

## ip diff

cli-diff-about = Hva som ble endret i en plan mellom to versjoner (standard: fra siste versjon i git til fila slik den er nå)
cli-diff-arg-plan = Planfila
cli-diff-arg-from = Versjonen det sammenlignes fra (en commit, tagg, gren, HEAD~2 …); standard HEAD
cli-diff-arg-to = Versjonen det sammenlignes med; standard er fila slik den er nå

## ip revise

cli-revise-about = Registrer en revidering: sett revision.last og revision.next og rør ikke noe annet
cli-revise-arg-plan = Planfila
cli-revise-arg-on = Datoen for revideringen, ÅÅÅÅ-MM-DD (standard: i dag)
cli-revise-arg-next = Datoen for neste revidering (standard: revideringsdatoen pluss `revision.interval`, ellers `revision.interval` i ip.toml)
cli-revise-arg-commit = Lagre den reviderte fila, og bare den, i git slik `git add FILE && git commit -- FILE` ville gjort (din identitet, filtre som git-crypt, hooks, signering)
cli-revise-arg-message = Meldingen for lagringen i git (standard: "Revise plan ID: next revision DATE")
cli-revise-arg-include-changes = Lagre også de andre endringene i planen som ikke er lagret i git, sammen med revideringen (ellers listes de opp, og ingenting gjøres)

## ip new

cli-new-about = Skriv et kommentert planskjelett som kan fylles ut
cli-new-arg-output = Skriv skjelettet til FIL (som aldri overskrives) i stedet for standard utdata

## ip migrate

cli-migrate-about = Skriv om planer i versjon 1 til versjon 2, med kommentarer og rekkefølge i behold
cli-migrate-arg-paths = Planfiler eller mapper (standard: planene i ip.toml, ellers mappen du står i)
cli-migrate-arg-check = Ikke endre noe: list opp planene i versjon 1 (avslutt med 1 når det finnes noen)

## ip explain

cli-explain-about = Vis hele teksten til en regel: hva den kontrollerer, hvorfor, regelverket og eksempler
cli-explain-arg-code = En regelkode som IP030, eller navnet som unknown-responsible; `all` lister dem opp

## ip schema, completions, lsp, man

cli-schema-about = Skriv ut JSON Schema for planformatet
cli-completions-about = Skriv ut autofullføring for skallet (bash, zsh, fish, powershell, elvish)
cli-completions-arg-shell = Skallet: bash, zsh, fish, powershell eller elvish
cli-lsp-about = Kjør språkserveren på standard inn- og utdata (for redigeringsprogrammer): funn mens du skriver, fullføring av id-ene til deltakere og mål
cli-man-about = Skriv man-sidene (for pakking)
cli-man-arg-out-dir = Mappen sidene skrives til (lages hvis den mangler)
