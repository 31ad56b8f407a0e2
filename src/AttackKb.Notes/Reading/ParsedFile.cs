using AttackKb.Core.Diagnostics;
using AttackKb.Notes.Yaml;

namespace AttackKb.Notes.Reading;

/// <summary>
/// A decoded file parsed once in the syntax its extension names — a YAML document (<c>.yml</c>, <c>.yaml</c>) or
/// markdown with front matter (anything else) — so that every reader's acceptance test and binder see the same
/// parse and its diagnostics are reported once.
/// </summary>
public sealed class ParsedFile
{
    private ParsedFile(SourceDocument document, MarkdownFile? markdown, bool isYaml, YamlNode? yaml)
    {
        Document = document;
        Markdown = markdown;
        IsYaml = isYaml;
        Yaml = yaml;
    }

    public SourceDocument Document { get; }
    public string Path => Document.Path;
    /// <summary>The markdown file (front matter and body); null for a YAML file.</summary>
    public MarkdownFile? Markdown { get; }
    public bool IsYaml { get; }
    /// <summary>A YAML file's root node; null for markdown, and for a YAML file of comments only.</summary>
    public YamlNode? Yaml { get; }
    /// <summary>A YAML file's root node when it is a mapping, the only shape Sigma and Atomic files have.</summary>
    public YamlMapping? YamlMapping => Yaml as YamlMapping;

    /// <summary>
    /// Parses the document; null when it cannot be parsed at all (markdown nested past its limits, reported): such a
    /// file is left out before any reader sees it.
    /// </summary>
    public static ParsedFile? Parse(SourceDocument document, DiagnosticBag bag)
    {
        if (IsYamlPath(document.Path))
        {
            var root = LocatedYamlReader.Read(document.Text, document.Path, 1, bag, warnOnMoreDocuments: true);
            return new ParsedFile(document, null, isYaml: true, root);
        }
        var markdown = MarkdownFile.Read(document, bag);
        return markdown is null ? null : new ParsedFile(document, markdown, isYaml: false, null);
    }

    public static bool IsYamlPath(string path) =>
        path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase);
}
