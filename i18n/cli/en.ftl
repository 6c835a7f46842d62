# The command line's own words in English: clap's, as clap writes them, so that usage
# errors read the same whether ip or clap words them (src/cmd/localize.rs). The help of
# commands and arguments is not here: in English it is the doc comments of src/cmd/.
# Option names, values and placeholders in quotes are the command line's and stay as
# they are in every language.

## Help

cli-usage = Usage:
cli-commands = Commands:
cli-arguments = Arguments:
cli-options = Options:
cli-placeholder-options = OPTIONS
cli-placeholder-command = COMMAND
cli-default = [default: { $value }]
cli-possible-values = [possible values: { $values }]
cli-possible-values-heading = Possible values:
cli-subcommands = [subcommands: { $values }]

## Usage errors (after error-prefix and ": ")

cli-error-unknown-argument = unexpected argument '{ $arg }' found
cli-error-invalid-subcommand = unrecognized subcommand '{ $subcommand }'
cli-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-error-value-required = a value is required for '{ $arg }' but none was supplied
cli-error-missing-required = the following required arguments were not provided:
cli-error-missing-subcommand = '{ $command }' requires a subcommand but one was not provided
# $others: the other argument in quotes (count 1), or empty when they are listed on the
# lines after (count 2 or more) or not known (count 0).
cli-error-conflict = { $count ->
    [0] the argument '{ $arg }' cannot be used with one or more of the other specified arguments
    [1] the argument '{ $arg }' cannot be used with { $others }
   *[other] the argument '{ $arg }' cannot be used with:
}
cli-error-subcommand-conflict = { $count ->
    [0] the subcommand '{ $arg }' cannot be used with one or more of the other specified arguments
    [1] the subcommand '{ $arg }' cannot be used with { $others }
   *[other] the subcommand '{ $arg }' cannot be used with:
}
cli-error-conflict-repeated = the argument '{ $arg }' cannot be used multiple times
cli-error-no-equals = equal sign is needed when assigning values to '{ $arg }'
cli-error-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
cli-error-number-of-values = { $expected } values required for '{ $arg }' but { $actual } { $actual ->
    [one] was
   *[other] were
} provided
cli-error-invalid-utf8 = invalid UTF-8 was detected in one or more arguments

## Tips after a usage error

cli-tip = tip
# $names: one or more names, each in quotes, joined by ", ".
cli-tip-similar-subcommand = { $count ->
    [one] a similar subcommand exists: { $names }
   *[other] some similar subcommands exist: { $names }
}
cli-tip-similar-argument = { $count ->
    [one] a similar argument exists: { $names }
   *[other] some similar arguments exist: { $names }
}
cli-tip-similar-value = { $count ->
    [one] a similar value exists: { $names }
   *[other] some similar values exist: { $names }
}
cli-tip-as-value = to pass '{ $arg }' as a value, use '{ $write }'
cli-tip-remove-dashes = subcommand '{ $subcommand }' exists; to use it, remove the '--' before it
cli-tip-exists = '{ $arg }' exists
cli-more-information = For more information, try '{ $flag }'.

## Values of options that clap's value parsers refuse (after "invalid value … for …: ")

cli-invalid-date-suggestion = write the date as { $iso } (YYYY-MM-DD)
cli-invalid-date = expected a date as YYYY-MM-DD
cli-invalid-duration = expected a duration such as "30 days", "6 weeks", "2 months" or "1 year"
