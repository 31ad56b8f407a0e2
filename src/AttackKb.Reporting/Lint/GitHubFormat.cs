using System.Globalization;
using System.Text;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Validation;

namespace AttackKb.Reporting.Lint;

/// <summary>GitHub Actions workflow commands: <c>::error file=…,line=…,col=…,title=CODE::message</c>.</summary>
internal static class GitHubFormat
{
    public static string Render(LintResult result, ReportPaths paths)
    {
        var sb = new StringBuilder();
        foreach (var d in result.Diagnostics)
        {
            string level = d.Severity switch
            {
                Severity.Error => "error",
                Severity.Warning => "warning",
                _ => "notice",
            };
            sb.Append("::").Append(level).Append(' ');
            var props = new List<string>();
            if (d.Location is { } loc)
            {
                props.Add("file=" + Property(paths.Of(loc.Path)));
                if (loc.Line > 0)
                {
                    props.Add("line=" + loc.Line.ToString(CultureInfo.InvariantCulture));
                    props.Add("col=" + loc.Column.ToString(CultureInfo.InvariantCulture));
                }
            }
            props.Add("title=" + Property($"{d.Id} {d.Descriptor.Title}"));
            sb.Append(string.Join(',', props)).Append("::").Append(Data(d.Message)).Append('\n');
        }
        return sb.ToString();
    }

    // Escaping per GitHub's workflow-command rules: data escapes % CR LF; properties also : and ,
    private static string Data(string s) => s
        .Replace("%", "%25", StringComparison.Ordinal)
        .Replace("\r", "%0D", StringComparison.Ordinal)
        .Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string s) => Data(s)
        .Replace(":", "%3A", StringComparison.Ordinal)
        .Replace(",", "%2C", StringComparison.Ordinal);
}
