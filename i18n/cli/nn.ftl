# Kommandolinja på nynorsk: dei orda clap skriv sjølv, brukarfeil og hjelpeteksta til kvar
# kommando og kvart val (src/cmd/localize.rs). Id-ane i hjelpa kjem frå kommandoen og id-en
# til argumentet: cli-validate-arg-deny-warnings er `ip validate --deny-warnings`; cli-arg-…
# er dei globale vala. Ein test feilar når ein kommando eller eit argument manglar tekst her,
# og når ein tekst her ikkje høyrer til nokon. Valnamn, verdiar og YAML-nøklar står som dei er.

## Hjelp

cli-usage = Bruk:
cli-commands = Kommandoar:
cli-arguments = Argument:
cli-options = Val:
cli-placeholder-options = VAL
cli-placeholder-command = KOMMANDO
cli-default = [standard: { $value }]
cli-possible-values = [moglege verdiar: { $values }]
cli-possible-values-heading = Moglege verdiar:
cli-subcommands = [kommandoar: { $values }]

## Brukarfeil (etter error-prefix og ": ")

cli-error-unknown-argument = uventa argument '{ $arg }'
cli-error-invalid-subcommand = ukjend kommando '{ $subcommand }'
cli-error-invalid-value = ugyldig verdi '{ $value }' for '{ $arg }'
cli-error-value-required = '{ $arg }' treng ein verdi, men fekk ingen
cli-error-missing-required = desse obligatoriske argumenta manglar:
cli-error-missing-subcommand = '{ $command }' treng ein kommando, men fekk ingen
cli-error-conflict = { $count ->
    [0] argumentet '{ $arg }' kan ikkje brukast saman med dei andre argumenta
    [1] argumentet '{ $arg }' kan ikkje brukast saman med { $others }
   *[other] argumentet '{ $arg }' kan ikkje brukast saman med:
}
cli-error-subcommand-conflict = { $count ->
    [0] kommandoen '{ $arg }' kan ikkje brukast saman med dei andre argumenta
    [1] kommandoen '{ $arg }' kan ikkje brukast saman med { $others }
   *[other] kommandoen '{ $arg }' kan ikkje brukast saman med:
}
cli-error-conflict-repeated = argumentet '{ $arg }' kan berre brukast éin gong
cli-error-no-equals = '{ $arg }' må få verdien sin etter eit likskapsteikn (=)
cli-error-too-many-values = uventa verdi '{ $value }' for '{ $arg }': argumentet tek ikkje fleire verdiar
cli-error-number-of-values = '{ $arg }' treng { $expected } verdiar, men fekk { $actual }
cli-error-invalid-utf8 = ugyldig UTF-8 i eitt eller fleire argument

## Tips etter ein brukarfeil

cli-tip = tips
cli-tip-similar-subcommand = { $count ->
    [one] meinte du kommandoen { $names }?
   *[other] meinte du ein av kommandoane { $names }?
}
cli-tip-similar-argument = { $count ->
    [one] meinte du { $names }?
   *[other] meinte du eitt av { $names }?
}
cli-tip-similar-value = { $count ->
    [one] meinte du verdien { $names }?
   *[other] meinte du ein av verdiane { $names }?
}
cli-tip-as-value = for å gje '{ $arg }' som verdi, skriv '{ $write }'
cli-tip-remove-dashes = kommandoen '{ $subcommand }' finst; fjern '--' framfor han for å bruke han
cli-tip-exists = '{ $arg }' finst
cli-more-information = Prøv '{ $flag }' for meir informasjon.

## Verdiar som ikkje kan lesast

cli-invalid-date-suggestion = skriv datoen som { $iso } (ÅÅÅÅ-MM-DD)
cli-invalid-date = skriv datoen som ÅÅÅÅ-MM-DD
cli-invalid-duration = skriv ei varigheit som "30 days", "6 weeks", "2 months" eller "1 year"

## Plasshaldarar for verdiar (<FIL>, <DATO>, …)

cli-placeholder-code = KODE
cli-placeholder-color = FARGE
cli-placeholder-date = DATO
cli-placeholder-dir = MAPPE
cli-placeholder-duration = VARIGHEIT
cli-placeholder-engine = PROGRAM
cli-placeholder-file = FIL
cli-placeholder-format = FORMAT
cli-placeholder-from = FRÅ
cli-placeholder-lang = SPRÅK
cli-placeholder-msg = MELDING
cli-placeholder-name = NAMN
cli-placeholder-participant = DELTAKAR
cli-placeholder-path = STI
cli-placeholder-paths = STIAR
cli-placeholder-plan = PLAN
cli-placeholder-plans = PLANAR
cli-placeholder-shell = SKAL
cli-placeholder-to = TIL

## ip og dei globale vala

cli-about = Individuelle planar som YAML-filer i git: kontroller dei mot formatet og innhaldskrava i forskrift om individuell plan (a–i)
cli-arg-color = Fargar: auto (i ein terminal; NO_COLOR eller TERM=dumb slår dei av, CLICOLOR_FORCE på), always eller never
cli-arg-config = Les denne ip.toml i staden for å leite etter ein i mappene over den du står i
cli-arg-no-config = Ikkje les nokon ip.toml (då stoppar heller ikkje ei øydelagd fil kommandoen)
cli-arg-lang = Språket i meldingane: nb, nn eller en (standard: `language` i ip.toml, elles språket i miljøet, elles engelsk); også for etikettane til `render` og hendingane til `calendar`
cli-arg-quiet = Ikkje skriv anna enn feil på stderr
cli-arg-verbose = Fortel også kva ip.toml og kva filer som vart lesne
cli-arg-help = Vis hjelp
cli-arg-help-more = Vis hjelp (meir med '--help')
cli-arg-help-summary = Vis hjelp (eit samandrag med '-h')
cli-arg-version = Vis versjonen
cli-help-about = Vis denne hjelpa, eller hjelpa til dei gitte kommandoane

## ip validate

cli-validate-about = Kontroller planar mot formatet og innhaldskrava i forskrifta
cli-validate-arg-paths = Planfiler eller mapper; `-` les éin plan frå standard inndata. Standard: `plans`-mappene i ip.toml, elles mappa du står i
cli-validate-arg-format = Utdataformat (standard: github i GitHub Actions, der GITHUB_ACTIONS=true, slik ruff gjer; elles text)
cli-validate-arg-format-value-text = For menneske: kvart funn med linja si frå planen, og til slutt eit samandrag
cli-validate-arg-format-value-json = For skript: eitt JSON-dokument (forma står i README)
cli-validate-arg-format-value-github = Arbeidsflytkommandoar for GitHub Actions (merknader)
cli-validate-arg-format-value-sarif = SARIF 2.1.0, for kodeskanning i GitHub og andre oversikter
cli-validate-arg-format-value-gitlab = GitLab Code Quality (kodekvalitetsvisinga i ein merge request)
cli-validate-arg-format-value-junit = JUnit XML: eitt testtilfelle per plan, for testrapportane i CI
cli-validate-arg-deny-warnings = Mislukkast (avslutt med 1) også ved åtvaringar
cli-validate-arg-force-paths = Kontroller filer som er gitt på kommandolinja, også der `plans` og `exclude` i ip.toml seier at dei ikkje er planar (elles blir dei hoppa over med ein merknad, slik at ein pre-commit-hook eller eit redigeringsprogram kan sende med alle endra YAML-filer)
cli-validate-arg-stdin-filename = Namnet rapporten skal bruke for ein plan lesen frå standard inndata (`-`), til dømes fila eit redigeringsprogram kontrollerer

## ip render

cli-render-about = Lag ein plan for utskrift (Markdown eller HTML for A4) på bokmål, nynorsk eller engelsk
cli-render-arg-plans = Planfiler eller mapper (`-` for standard inndata)
cli-render-arg-format = Utdataformat: Markdown, éi sjølvstendig HTML-fil for utskrift på A4, eller PDF (A4)
cli-render-arg-pdf-engine = Programmet som lagar PDF: auto er WeasyPrint (PDF/A-2b) om det er installert, elles Chromium
cli-render-arg-output = Skriv til FIL i staden for standard utdata (éin plan)
cli-render-arg-out-dir = Skriv éi fil per plan i MAPPE, med namn etter plan-ID-en
cli-render-arg-for-participant = Berre dei delane denne deltakaren (ein id) har tilgang til, merkte som utdrag
cli-render-arg-draft = Skriv ut ein ugyldig plan likevel, merkt som utkast
cli-render-arg-templates = Ei mappe med malar som erstattar dei innebygde (plan.html, plan.md)

## ip due

cli-due-about = Vis planar som skal reviderast: fristen er passert eller nærmar seg, planperioden er slutt, eller planen er ugyldig
cli-due-arg-paths = Planfiler eller mapper (standard: `plans`-mappene i ip.toml, elles mappa du står i)
cli-due-arg-as-of = Dagen det blir rekna frå, ÅÅÅÅ-MM-DD (standard: i dag). Gir same utdata kvar gong
cli-due-arg-within = Kor langt fram fristen blir rekna som nær: "30 days", "6 weeks", "1 month" (standard: `revision.due_within` i ip.toml, elles 30 dagar)
cli-due-arg-all = Vis alle planar, også dei som er i orden eller avslutta
cli-due-arg-coordinator = Berre planar der koordinatoren har dette namnet (store og små bokstavar spelar inga rolle)
cli-due-arg-format = Utdataformat
cli-due-arg-format-value-table = Ein tabell for menneske
cli-due-arg-format-value-json = JSON for skript
cli-due-arg-format-value-csv = CSV for rekneark: UTF-8 med byte order mark, sitering etter RFC 4180
cli-due-arg-check = Avslutt med 1 når ein plan må reviderast (for CI eller ein planlagd jobb)

## ip calendar

cli-calendar-about = Skriv datoane i planane (revideringar, møte, når tiltak sluttar) som ei iCalendar-fil
cli-calendar-arg-paths = Planfiler eller mapper (standard: `plans`-mappene i ip.toml, elles mappa du står i)
cli-calendar-arg-output = Skriv kalenderen til FIL (til dømes planar.ics) i staden for standard utdata
cli-calendar-arg-coordinator = Berre planar der koordinatoren har dette namnet (store og små bokstavar spelar inga rolle)
cli-calendar-arg-within = Berre hendingar frå i dag (eller --as-of) og så langt fram: "30 days", "6 weeks", "3 months"
cli-calendar-arg-as-of = Dagen --within blir rekna frå, ÅÅÅÅ-MM-DD (standard: i dag)
cli-calendar-arg-names = Ta med namnet til personen i hendingane (elles står berre plan-ID-en der)
cli-calendar-arg-draft = Ta med ugyldige planar også (elles blir dei avviste, og ingenting blir skrive)

## ip export

cli-export-about = Skriv éin plan i eit anna format: ein FHIR R4 Bundle (JSON)
cli-export-arg-plan = Planfila (`-` for standard inndata)
cli-export-arg-format = Formatet som skal skrivast
cli-export-arg-format-value-fhir = Ein FHIR R4 Bundle (collection) i JSON: Patient, CarePlan, Goal, CareTeam, Consent
cli-export-arg-output = Skriv til FIL i staden for standard utdata
cli-export-arg-no-person-name = Utelat namnet til personen (Patient held berre på fødselsdatoen)
cli-export-arg-as-of = Dagen statusen til tiltaka blir rekna frå (i gang, avslutta, ikkje starta), ÅÅÅÅ-MM-DD (standard: i dag)
cli-export-arg-draft = Eksporter ein ugyldig plan likevel, som utkast (CarePlan-status `draft`)

## ip history

cli-history-about = Versjonane i git som endra ein plan, med kva som vart endra i planen
cli-history-arg-plan = Planfila
cli-history-arg-format = Utdataformat
cli-history-arg-format-value-table = Ein tabell for menneske
cli-history-arg-format-value-json = JSON for skript

## ip diff

cli-diff-about = Kva som vart endra i ein plan mellom to versjonar (standard: frå siste versjon i git til fila slik ho er no)
cli-diff-arg-plan = Planfila
cli-diff-arg-from = Versjonen det blir samanlikna frå (ein commit, tagg, grein, HEAD~2 …); standard HEAD
cli-diff-arg-to = Versjonen det blir samanlikna med; standard er fila slik ho er no

## ip revise

cli-revise-about = Registrer ei revidering: set revision.last og revision.next og rør ikkje noko anna
cli-revise-arg-plan = Planfila
cli-revise-arg-on = Datoen for revideringa, ÅÅÅÅ-MM-DD (standard: i dag)
cli-revise-arg-next = Datoen for neste revidering (standard: revideringsdatoen pluss `revision.interval`, elles `revision.interval` i ip.toml)
cli-revise-arg-commit = Lagre den reviderte fila, og berre ho, i git slik `git add FILE && git commit -- FILE` ville gjort (identiteten din, filter som git-crypt, hooks, signering)
cli-revise-arg-message = Meldinga for lagringa i git (standard: "Revise plan ID: next revision DATE")
cli-revise-arg-include-changes = Lagre også dei andre endringane i planen som ikkje er lagra i git, saman med revideringa (elles blir dei lista opp, og ingenting blir gjort)

## ip new

cli-new-about = Skriv eit kommentert planskjelett som kan fyllast ut
cli-new-arg-output = Skriv skjelettet til FIL (som aldri blir skriven over) i staden for standard utdata

## ip migrate

cli-migrate-about = Skriv om planar i versjon 1 til versjon 2, med kommentarar og rekkjefølgje i behald
cli-migrate-arg-paths = Planfiler eller mapper (standard: planane i ip.toml, elles mappa du står i)
cli-migrate-arg-check = Ikkje endre noko: list opp planane i versjon 1 (avslutt med 1 når det finst nokon)

## ip explain

cli-explain-about = Vis heile teksta til ein regel: kva han kontrollerer, kvifor, regelverket og døme
cli-explain-arg-code = Ein regelkode som IP030, eller namnet som unknown-responsible; `all` listar dei opp

## ip schema, completions, lsp, man

cli-schema-about = Skriv ut JSON Schema for planformatet
cli-completions-about = Skriv ut autofullføring for skalet (bash, zsh, fish, powershell, elvish)
cli-completions-arg-shell = Skalet: bash, zsh, fish, powershell eller elvish
cli-lsp-about = Køyr språktenaren på standard inn- og utdata (for redigeringsprogram): funn medan du skriv, fullføring av id-ane til deltakarar og mål
cli-man-about = Skriv man-sidene (for pakking)
cli-man-arg-out-dir = Mappa sidene blir skrivne til (blir laga om ho manglar)
