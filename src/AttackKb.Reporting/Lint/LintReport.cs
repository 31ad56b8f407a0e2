using AttackKb.Core.Validation;

namespace AttackKb.Reporting.Lint;

/// <summary>
/// The lint report formats. Each writes the sorted diagnostics; none adds anything that varies between runs.
/// </summary>
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
