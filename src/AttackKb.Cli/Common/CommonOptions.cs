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

    public static Option<string?> PathBase() => new("--path-base")
    {
        Description = "Folder that github/sarif paths are relative to "
            + "(default: the working directory, the repository root in CI)",
    };

    /// <summary>How github/sarif reports name files: relative to --path-base or the working directory.</summary>
    public static Reporting.Lint.ReportPaths ReportPaths(string kbRoot, string? pathBase, string siteBaseUrl)
    {
        if (pathBase is not null && !Directory.Exists(pathBase))
            throw new UsageException($"--path-base folder not found: {pathBase}");
        return Reporting.Lint.ReportPaths.From(kbRoot, pathBase ?? Environment.CurrentDirectory, siteBaseUrl);
    }

    public static Option<string?> Output(string description = "Write to this file instead of stdout") =>
        new("--output", "-o")
        {
            Description = description,
        };
}
