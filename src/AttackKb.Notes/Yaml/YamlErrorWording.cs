using YamlDotNet.Core;

namespace AttackKb.Notes.Yaml;

/// <summary>
/// YAML problems in our words. YamlDotNet's messages name its parser's states ("While parsing a flow sequence, did
/// not find expected ',' or ']'"); a note writer needs to know what to fix on the line the diagnostic points at.
/// Unknown messages get a general wording: a parser's internals never reach the report.
/// </summary>
internal static class YamlErrorWording
{
    private static readonly (string Contains, string Ours)[] Known =
    [
        ("flow sequence", "a '[' list is not closed by ']', or two of its items lack a ',' between them"),
        ("flow mapping", "a '{' mapping is not closed by '}', or two of its entries lack a ',' between them"),
        ("quoted scalar, found unexpected end", "a quoted value is never closed: add the closing quote"),
        ("double-quoted scalar, found wrong indentation", "a quoted value is never closed (add the closing quote), "
            + "or its continuation lines are not indented"),
        ("found invalid mapping", "a ':' followed by a space inside a value, or a line indented under a plain "
            + "value: quote the value if it contains ': ', or fix the indentation"),
        ("quoted scalar, found unexpected document", "a quoted value is never closed: add the closing quote"),
        ("unknown escape character", "a double-quoted value has an unknown '\\' escape: write '\\\\' or use "
            + "single quotes"),
        ("Mapping values are not allowed", "a ':' followed by a space where no value may start: quote the value "
            + "if it contains ': ', or fix the indentation"),
        ("block mapping, did not find expected key", "bad indentation: this line is indented differently from "
            + "the keys above it"),
        ("did not find expected '-' indicator", "bad indentation: this list item is indented differently from "
            + "the items above it"),
        ("Block sequence entries are not allowed", "a '- ' list item where a value was expected: put the list "
            + "on the lines below its key"),
        ("could not find expected ':'", "this line is neither 'key: value' nor a list item (a ':' is missing, or "
            + "a quote or bracket above it is not closed)"),
        ("cannot start any token", "a value starts with a character YAML reserves ('@', '`', '%' or a tab): "
            + "quote the value"),
        ("anchor or alias", "a '&' or '*' is not followed by a name: quote the value"),
        ("refers to no anchor", "a '*' alias names no '&' anchor written before it: quote the value"),
        ("while scanning a tag", "a '!' tag is malformed: remove it and quote the value"),
        ("block scalar", "a '|' or '>' block is malformed: its text must be indented below its key"),
        ("did not find expected node content", "a value is missing here: an empty item in a '[ ]' list, or a "
            + "character that cannot start a value"),
    ];

    public static string Describe(YamlException e) => Describe(e.Message);

    /// <summary>
    /// YamlDotNet's scanner throws InvalidOperationException on some unclosed flow collections at the end of the
    /// text (instead of a YamlException); the line it stopped on says which bracket is open.
    /// </summary>
    public static string DescribeUnclosed(string line) =>
        line.Contains('[', StringComparison.Ordinal) && !line.Contains(']', StringComparison.Ordinal) ? Known[0].Ours
        : line.Contains('{', StringComparison.Ordinal) && !line.Contains('}', StringComparison.Ordinal) ? Known[1].Ours
        : Describe("");

    private static string Describe(string m)
    {
        foreach (var (contains, ours) in Known)
            if (m.Contains(contains, StringComparison.OrdinalIgnoreCase)) return ours;
        return "the YAML cannot be read from here on: check quoting, indentation, brackets and ':' on this line "
            + "and the one above";
    }

    /// <summary>
    /// A tab in the indentation of the failing line or the one before it (1-based lines of <paramref name="yaml"/>):
    /// the parse failed because of the tab, whatever the parser says. Tabs in earlier lines (inside a '|' block,
    /// where they are text) are not blamed. When the parser itself blames a tab (it then points at the enclosing
    /// mapping), the first indentation tab of the text is the one.
    /// </summary>
    public static (int Line, int Column)? TabIndent(string yaml, YamlException e)
    {
        bool blamed = e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase);
        long from = blamed ? 1 : e.Start.Line - 1, to = blamed ? long.MaxValue : e.Start.Line;
        int line = 1;
        for (int pos = 0; pos < yaml.Length && line <= to; line++)
        {
            if (line >= from)
                for (int i = pos; i < yaml.Length && yaml[i] is ' ' or '\t'; i++)
                    if (yaml[i] == '\t') return (line, i - pos + 1);
            int next = yaml.IndexOf('\n', pos);
            if (next < 0) break;
            pos = next + 1;
        }
        return null;
    }

    /// <summary>A tag as its author wrote it: YamlDotNet expands <c>!!x</c> to <c>tag:yaml.org,2002:x</c>.</summary>
    public static string TagAsWritten(string tag) =>
        tag.StartsWith(CoreSchema, StringComparison.Ordinal) ? "!!" + tag[CoreSchema.Length..] : tag;

    private const string CoreSchema = "tag:yaml.org,2002:";
}
