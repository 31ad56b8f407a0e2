namespace AttackKb.Reporting.Lint;

/// <summary>
/// How the CI formats (github, sarif) name a file and a rule's documentation. Diagnostics carry KB-relative paths
/// (<c>notes/a.md</c>); GitHub attaches an annotation only when the path is relative to the repository root
/// (<c>data/notes/a.md</c>), so these formats prefix the KB folder as seen from the working directory (the
/// repository root in CI) or from <c>--path-base</c>.
/// </summary>
public sealed record ReportPaths(string Prefix, string? RulesPage)
{
    /// <summary>Paths exactly as the model has them, no rule links (tests and library callers).</summary>
    public static ReportPaths KnowledgeBaseRelative { get; } = new("", null);

    /// <param name="kbRoot">The KB folder.</param>
    /// <param name="baseDir">The folder paths are relative to: the working directory or --path-base.</param>
    /// <param name="siteBaseUrl">Where the site is published (site.baseUrl), for rule links; "" when unknown.</param>
    public static ReportPaths From(string kbRoot, string baseDir, string siteBaseUrl)
    {
        string relative = Path.GetRelativePath(Path.GetFullPath(baseDir), Path.GetFullPath(kbRoot)).Replace('\\', '/');
        string prefix = relative == "." ? "" : relative.TrimEnd('/') + "/";
        // A rule link must be an absolute URL (SARIF's helpUri); without a published site there is none to give.
        return new ReportPaths(prefix, siteBaseUrl.Length == 0 ? null : siteBaseUrl + "rules.html");
    }

    public string Of(string kbRelativePath) => Prefix + kbRelativePath;
}
