using System.CommandLine;

namespace AttackKb.Cli.Common;

/// <summary>Options and arguments several commands share, defined once so they read the same everywhere.</summary>
public static class CommonOptions
{
    public static Argument<string?> DataFolder() => new("data")
    {
        Description = "Knowledge-base folder (default: data)",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public static Option<string?> Config() => new("--config")
    {
        Description = "Configuration file (default: <data>/attackkb.json)",
    };

    public static Option<string?> Attack() => new("--attack")
    {
        Description = "ATT&CK release to use instead of the pinned one (STIX bundle .json/.json.gz or catalog)",
    };

    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = "Output format: " + string.Join(", ", formats),
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    public static Option<string?> Output(string description = "Write to this file instead of stdout") => new("--output", "-o")
    {
        Description = description,
    };
}
