using AttackKb.Core.Validation;

namespace AttackKb.Cli.Reporting;

/// <summary>The lint report formats. Each writes the sorted diagnostics; none adds anything that varies between runs.</summary>
public static class LintReport
{
    public static readonly string[] Formats = ["text", "github", "json", "sarif"];

    /// <param name="paths">
    /// How the CI formats (github, sarif) name files: relative to the repository root, not to the KB folder, so that
    /// annotations land on the right file. Text and JSON keep KB-relative paths.
    /// </param>
    public static string Render(string format, LintResult result, ReportPaths? paths = null) => format switch
    {
        "github" => GitHubFormat.Render(result, paths ?? ReportPaths.KnowledgeBaseRelative),
        "json" => JsonFormatReport.Render(result),
        "sarif" => SarifFormat.Render(result, paths ?? ReportPaths.KnowledgeBaseRelative),
        _ => TextFormat.Render(result),
    };
}

/// <summary><c>path(line,col): severity CODE: message</c>, one per line (MSBuild's canonical format).</summary>
internal static class TextFormat
{
    public static string Render(LintResult result) =>
        string.Concat(result.Diagnostics.Select(d => d + "\n"));
}

/// <summary>GitHub Actions workflow commands: <c>::error file=…,line=…,col=…,title=CODE::message</c>.</summary>
internal static class GitHubFormat
{
    public static string Render(LintResult result, ReportPaths paths)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var d in result.Diagnostics)
        {
            string level = d.Severity switch { Core.Diagnostics.Severity.Error => "error", Core.Diagnostics.Severity.Warning => "warning", _ => "notice" };
            sb.Append("::").Append(level).Append(' ');
            var props = new List<string>();
            if (d.Location is { } loc)
            {
                props.Add("file=" + Property(paths.Of(loc.Path)));
                if (loc.Line > 0) { props.Add("line=" + loc.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)); props.Add("col=" + loc.Column.ToString(System.Globalization.CultureInfo.InvariantCulture)); }
            }
            props.Add("title=" + Property($"{d.Id} {d.Descriptor.Title}"));
            sb.Append(string.Join(',', props)).Append("::").Append(Data(d.Message)).Append('\n');
        }
        return sb.ToString();
    }

    // Escaping per GitHub's workflow-command rules: data escapes % CR LF; properties also : and ,
    private static string Data(string s) => s.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);
    private static string Property(string s) => Data(s).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
