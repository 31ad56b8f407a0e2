using AttackKb.Core.Attack;
using AttackKb.Core.Model;

namespace AttackKb.Site.Tests;

/// <summary>Sites the tests read, generated the way the CLI generates them (KB + its attackkb.json + its pinned release).</summary>
internal static class Sites
{
    private static readonly Lazy<GeneratedSite> DefaultSite = new(() => Generate(RepoPaths.Data));

    /// <summary>The site of the default KB in data/, generated once per test run (read-only for tests).</summary>
    public static GeneratedSite Default => DefaultSite.Value;

    /// <summary>Generates the site of a KB folder into a fresh temp folder.</summary>
    public static GeneratedSite Generate(string root, AttackRelease? release = null, SiteOptions? options = null, string? output = null)
    {
        var kb = TestKnowledgeBases.Load(root, release);
        output ??= RepoPaths.TempFolder("site");
        var result = SiteGenerator.Generate(kb, options ?? SiteOptions.From(TestKnowledgeBases.ConfigOf(root)), output);
        return new GeneratedSite(kb, result, output);
    }
}

internal sealed record GeneratedSite(KnowledgeBase Kb, SiteResult Result, string Folder)
{
    public string PathOf(string relative) => Path.Combine(Folder, relative);
    public string Read(string relative) => File.ReadAllText(PathOf(relative));
    public bool Exists(string relative) => File.Exists(PathOf(relative));

    /// <summary>Every file, root-relative with '/', sorted.</summary>
    public IReadOnlyList<string> Files() =>
        Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Folder, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal).ToArray();

    public IReadOnlyList<string> Pages() => Files().Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToArray();
}

internal static class LocatedText
{
    /// <summary>The value of a field the test needs (fails the test when the KB does not have it).</summary>
    public static string Required(this Core.Text.Located<string>? field, string what) =>
        field?.Value ?? throw new Xunit.Sdk.XunitException($"the KB has no {what}");

    /// <summary>Text as the site writes it (HTML-escaped).</summary>
    public static string Html(this Core.Text.Located<string>? field, string what) => System.Net.WebUtility.HtmlEncode(field.Required(what));
}
