using AttackKb.Core.Diagnostics;
using AttackKb.Core.Text;
using AttackKb.Notes.Markdown;
using AttackKb.Notes.Yaml;

namespace AttackKb.Notes.Reading;

/// <summary>
/// A markdown file split and parsed once: front matter as located YAML, body outline. What every binder gets.
/// </summary>
public sealed class MarkdownFile
{
    private MarkdownFile(SourceDocument document, MarkdownParts parts, YamlMapping? frontMatter,
        MarkdownOutline outline)
    {
        Document = document;
        Parts = parts;
        FrontMatter = frontMatter;
        Outline = outline;
    }

    public SourceDocument Document { get; }
    public MarkdownParts Parts { get; }
    /// <summary>Null when the file has no front matter, or it is not a readable mapping (reported).</summary>
    public YamlMapping? FrontMatter { get; }
    public MarkdownOutline Outline { get; }
    public string Path => Document.Path;

    /// <summary>
    /// Splits and parses the file; null when its body nests past <see cref="MarkdownLimits"/> (reported, AKB1026):
    /// such a file is left out rather than handed to Markdig, which would throw.
    /// </summary>
    public static MarkdownFile? Read(SourceDocument document, DiagnosticBag bag)
    {
        var parts = Reading.FrontMatter.Split(document, bag);
        if (MarkdownLimits.Check(parts.Body) is { } hit)
        {
            bag.Report(InputDiagnostics.MarkdownTooDeep, document.Locate(parts.BodyOffset + hit.Offset),
                hit.Depth, What(hit.Nesting), hit.Limit);
            return null;
        }
        YamlMapping? mapping = null;
        if (parts.Yaml is { } yaml)
        {
            var node = LocatedYamlReader.Read(yaml, document.Path, parts.YamlLine, bag);
            switch (node)
            {
                case YamlMapping m: mapping = m; break;
                case null: break;
                case YamlScalar s when s.IsNull: break;
                default:
                    bag.Report(InputDiagnostics.FrontMatterNotMapping, node.Location, node is YamlSequence ? "sequence"
                        : "scalar");
                    break;
            }
        }
        return new MarkdownFile(document, parts, mapping, MarkdownOutline.Parse(parts.Body, parts.BodyOffset));
    }

    private static string What(MarkdownNesting nesting) => nesting switch
    {
        MarkdownNesting.Blocks => "levels of nested block quotes and lists",
        MarkdownNesting.Inlines => "levels of nested emphasis and link brackets",
        MarkdownNesting.InlineDelimiters => "emphasis delimiters and link brackets in one paragraph",
        _ => "table cells on one line",
    };
}
