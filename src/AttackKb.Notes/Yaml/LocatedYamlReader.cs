using AttackKb.Core.Diagnostics;
using AttackKb.Core.Text;
using AttackKb.Core.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using CoreScalarStyle = AttackKb.Core.Yaml.ScalarStyle;

namespace AttackKb.Notes.Yaml;

/// <summary>
/// Reads YAML into located nodes with YamlDotNet's parser events (1-based marks). Every scalar stays a string
/// (failsafe schema). Syntax errors, duplicate keys, alias bombs and deep nesting become diagnostics; the reader
/// never throws on input.
/// </summary>
public sealed class LocatedYamlReader
{
    private readonly string _path;
    private readonly int _lineOffset;
    private readonly DiagnosticBag _bag;
    private readonly YamlLimits _limits;
    private readonly Dictionary<string, (YamlNode Node, long Size)> _anchors = new(StringComparer.Ordinal);
    private int _nodes;
    private Mark _lastNode = Mark.Empty; // where YamlDotNet's scanner was last known to be (see Read's catch)
    private long _expanded; // nodes as a consumer walking the tree sees them: aliases count their anchor's full size

    private LocatedYamlReader(string path, int lineOffset, DiagnosticBag bag, YamlLimits limits)
    {
        _path = path;
        _lineOffset = lineOffset;
        _bag = bag;
        _limits = limits;
    }

    /// <summary>
    /// Parses the first document of <paramref name="yaml"/>. <paramref name="firstLine"/> is the file line the text
    /// starts on (2 for front matter). Returns null when the document is empty or cannot be read (diagnostic reported).
    /// </summary>
    public static YamlNode? Read(string yaml, string path, int firstLine, DiagnosticBag bag, YamlLimits? limits = null,
        bool warnOnMoreDocuments = false)
    {
        var reader = new LocatedYamlReader(path, firstLine - 1, bag, limits ?? YamlLimits.Default);
        try
        {
            return reader.ReadStream(yaml, warnOnMoreDocuments);
        }
        catch (YamlException e)
        {
            bag.Report(InputDiagnostics.YamlSyntax, reader.Locate(e.Start), Describe(e));
            return null;
        }
        catch (LimitExceeded e)
        {
            bag.Add(e.Diagnostic);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (not a YamlException) on some unclosed flow collections: "a: [\nb: x".
            bag.Report(InputDiagnostics.YamlSyntax, reader.Locate(reader._lastNode),
                "a flow collection ('[' or '{') opened here is not closed before the YAML goes on");
            return null;
        }
    }

    private YamlNode? ReadStream(string yaml, bool warnOnMoreDocuments)
    {
        var parser = new Parser(new StringReader(yaml));
        parser.Consume<StreamStart>();
        if (parser.Accept<StreamEnd>(out _)) return null;
        var docStart = parser.Consume<DocumentStart>();
        YamlNode? root = parser.Accept<DocumentEnd>(out _) ? null : ReadNode(parser, 1);
        parser.Consume<DocumentEnd>();
        if (warnOnMoreDocuments)
        {
            int more = 0;
            while (parser.TryConsume<DocumentStart>(out _))
            {
                more++;
                while (!parser.TryConsume<DocumentEnd>(out _)) parser.MoveNext();
            }
            if (more > 0) _bag.Report(InputDiagnostics.YamlMultipleDocuments, Locate(docStart.Start), more + 1);
        }
        return root;
    }

    private YamlNode ReadNode(IParser parser, int depth)
    {
        if (depth > _limits.MaxDepth)
            throw new LimitExceeded(Diagnostic.Create(InputDiagnostics.YamlTooDeep, Locate(parser.Current!.Start), _limits.MaxDepth));
        if (++_nodes > _limits.MaxNodes)
            throw new LimitExceeded(Diagnostic.Create(InputDiagnostics.YamlTooManyNodes, Locate(parser.Current!.Start), _limits.MaxNodes));

        var start = _lastNode = parser.Current!.Start;
        long expandedBefore = _expanded;
        if (parser.Current is not AnchorAlias) _expanded++;
        YamlNode node;
        string? anchor = null;
        switch (parser.Current)
        {
            case AnchorAlias alias:
                parser.MoveNext();
                return Dereference(alias);
            case Scalar scalar:
                parser.MoveNext();
                anchor = scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value;
                node = new YamlScalar(scalar.Value, Map(scalar.Style), Locate(start));
                break;
            case SequenceStart seq:
                parser.MoveNext();
                anchor = seq.Anchor.IsEmpty ? null : seq.Anchor.Value;
                var items = new List<YamlNode>();
                while (!parser.TryConsume<SequenceEnd>(out _)) items.Add(ReadNode(parser, depth + 1));
                node = new YamlSequence(items, Locate(start));
                break;
            case MappingStart map:
                parser.MoveNext();
                anchor = map.Anchor.IsEmpty ? null : map.Anchor.Value;
                node = ReadMapping(parser, depth, start);
                break;
            default:
                throw new YamlException(start, parser.Current.End, $"unexpected {parser.Current.GetType().Name}");
        }
        if (anchor is not null) _anchors[anchor] = (node, _expanded - expandedBefore);
        return node;
    }

    private YamlMapping ReadMapping(IParser parser, int depth, Mark start)
    {
        var entries = new List<YamlEntry>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyNode = ReadNode(parser, depth + 1);
            var value = ReadNode(parser, depth + 1);
            // Complex keys (a mapping as a key) never occur in notes; keep their position, stringify nothing.
            var key = keyNode as YamlScalar ?? new YamlScalar("", CoreScalarStyle.Plain, keyNode.Location);
            if (seen.TryGetValue(key.Value, out int firstLine))
            {
                _bag.Report(InputDiagnostics.DuplicateKey, key.Location, key.Value, firstLine);
                continue;
            }
            seen[key.Value] = key.Location.Line;
            entries.Add(new YamlEntry(key, value));
        }
        return new YamlMapping(entries, Locate(start));
    }

    /// <summary>Aliases share the anchored node (no copy); their expanded size is budgeted to stop "billion laughs".</summary>
    private YamlNode Dereference(AnchorAlias alias)
    {
        if (!_anchors.TryGetValue(alias.Value.Value, out var anchored))
            throw new YamlException(alias.Start, alias.End, $"alias *{alias.Value.Value} refers to no anchor");
        _expanded += anchored.Size;
        if (_expanded - _nodes > _limits.MaxAliasExpansion)
            throw new LimitExceeded(Diagnostic.Create(InputDiagnostics.YamlAlias, Locate(alias.Start), _limits.MaxAliasExpansion));
        return anchored.Node;
    }

    private SourceLocation Locate(Mark mark) =>
        new(_path, (int)Math.Max(1, mark.Line) + _lineOffset, (int)Math.Max(1, mark.Column));

    private static CoreScalarStyle Map(YamlDotNet.Core.ScalarStyle style) => style switch
    {
        YamlDotNet.Core.ScalarStyle.SingleQuoted => CoreScalarStyle.SingleQuoted,
        YamlDotNet.Core.ScalarStyle.DoubleQuoted => CoreScalarStyle.DoubleQuoted,
        YamlDotNet.Core.ScalarStyle.Literal => CoreScalarStyle.Literal,
        YamlDotNet.Core.ScalarStyle.Folded => CoreScalarStyle.Folded,
        _ => CoreScalarStyle.Plain,
    };

    /// <summary>YamlDotNet prefixes messages with "(Line: 3, Col: 1, Idx: 20) - (…): "; our location already says that.</summary>
    private static string Describe(YamlException e)
    {
        string m = e.Message;
        int cut = m.LastIndexOf("): ", StringComparison.Ordinal);
        return (cut >= 0 && m.StartsWith("(Line:", StringComparison.Ordinal) ? m[(cut + 3)..] : m).Trim();
    }

    private sealed class LimitExceeded(Diagnostic diagnostic) : Exception(diagnostic.Message)
    {
        public Diagnostic Diagnostic { get; } = diagnostic;
    }
}
