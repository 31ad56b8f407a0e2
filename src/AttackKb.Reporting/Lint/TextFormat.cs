using AttackKb.Core.Validation;

namespace AttackKb.Reporting.Lint;

/// <summary><c>path(line,col): severity CODE: message</c>, one per line (MSBuild's canonical format).</summary>
internal static class TextFormat
{
    public static string Render(LintResult result) =>
        string.Concat(result.Diagnostics.Select(d => d + "\n"));
}
