using AttackKb.Core.Diagnostics;
using AttackKb.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using NodeScalarStyle = AttackKb.Notes.Yaml.ScalarStyle;

namespace AttackKb.Notes.Yaml;

/// <summary>
/// Reads YAML into located nodes with YamlDotNet's parser events (1-based marks). Every scalar stays a string
/// (failsafe schema). Syntax errors, duplicate keys, tags, alias bombs and deep nesting become diagnostics; the
/// reader never throws on input. A tagged value is reported and dropped (its entry or item is left out), never read
/// as a string: a tag is an instruction to build an object, and we build none.
/// </summary>
public sealed class LocatedYamlReader
{
    private readonly string _path;
    private readonly int _lineOffset;
    private readonly DiagnosticBag _bag;
    private readonly YamlLimits _limits;
    private readonly Dictionary<string, (YamlNode? Node, long Size)> _anchors = new(StringComparer.Ordinal);
    private readonly Stack<YamlScalar> _keys = new(); // the keys whose values are being read, innermost on top
    private int _nodes;
    private Mark _last = Mark.Empty; // where the last node started: the place to blame when YamlDotNet gives up
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
    /// More documents after the first are a warning in a YAML file (<paramref name="warnOnMoreDocuments"/>) and an
    /// error in front matter (the default), where they can only be a mistake.
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
            var tab = YamlErrorWording.TabIndent(yaml, e);
            if (tab is { } t) bag.Report(InputDiagnostics.YamlTab, reader.Locate(t.Line, t.Column));
            else bag.Report(InputDiagnostics.YamlSyntax, reader.Locate(e.Start), YamlErrorWording.Describe(e));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (not a YamlException) on a flow collection still open at the end of
            // the text ("a: [x, y"): a syntax error of the file, blamed on the last node read.
            var at = reader._last;
            var lines = yaml.Split('\n');
            string line = at.Line >= 1 && at.Line <= lines.Length ? lines[at.Line - 1] : "";
            bag.Report(InputDiagnostics.YamlSyntax, reader.Locate(at), YamlErrorWording.DescribeUnclosed(line));
            return null;
        }
        catch (LimitExceeded e)
        {
            bag.Add(e.Diagnostic);
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
        int more = 0;
        while (parser.TryConsume<DocumentStart>(out var next))
        {
            if (more++ == 0 && !warnOnMoreDocuments)
                _bag.Report(InputDiagnostics.SecondDocument, Locate(next.Start), "a second YAML document starts here");
            while (!parser.TryConsume<DocumentEnd>(out _)) parser.MoveNext();
        }
        if (more > 0 && warnOnMoreDocuments)
            _bag.Report(InputDiagnostics.YamlMultipleDocuments, Locate(docStart.Start), more + 1);
        return root;
    }

    /// <summary>One node and everything under it; null when it is tagged (reported, dropped).</summary>
    private YamlNode? ReadNode(IParser parser, int depth)
    {
        if (depth > _limits.MaxDepth)
            throw new LimitExceeded(
                Diagnostic.Create(InputDiagnostics.YamlTooDeep, Locate(parser.Current!.Start), _limits.MaxDepth));
        if (++_nodes > _limits.MaxNodes)
            throw new LimitExceeded(
                Diagnostic.Create(InputDiagnostics.YamlTooManyNodes, Locate(parser.Current!.Start), _limits.MaxNodes));

        var start = parser.Current!.Start;
        _last = start;
        long expandedBefore = _expanded;
        if (parser.Current is not AnchorAlias) _expanded++;
        YamlNode? node;
        if (parser.Current is AnchorAlias alias)
        {
            parser.MoveNext();
            return Dereference(alias);
        }
        if (parser.Current is not NodeEvent nodeEvent)
            throw new YamlException(start, parser.Current!.End, $"unexpected {parser.Current.GetType().Name}");
        parser.MoveNext();
        switch (nodeEvent)
        {
            case Scalar scalar:
                node = new YamlScalar(scalar.Value, Map(scalar.Style), Locate(start));
                break;
            case SequenceStart:
                var items = new List<YamlNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                    if (ReadNode(parser, depth + 1) is { } item) items.Add(item);
                node = new YamlSequence(items, Locate(start));
                break;
            default:
                node = ReadMapping(parser, depth, start);
                break;
        }
        if (!nodeEvent.Tag.IsEmpty)
        {
            _bag.Report(InputDiagnostics.YamlTag, Locate(start), YamlErrorWording.TagAsWritten(nodeEvent.Tag.Value));
            node = null;
        }
        if (!nodeEvent.Anchor.IsEmpty) _anchors[nodeEvent.Anchor.Value] = (node, _expanded - expandedBefore);
        return node;
    }

    private YamlMapping ReadMapping(IParser parser, int depth, Mark start)
    {
        var entries = new List<YamlEntry>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyStart = parser.Current!.Start;
            var keyNode = ReadNode(parser, depth + 1);
            // Complex keys (a mapping as a key) never occur in notes; keep their position, stringify nothing.
            var key = keyNode as YamlScalar
                ?? new YamlScalar("", NodeScalarStyle.Plain, keyNode?.Location ?? Locate(keyStart));
            _keys.Push(key);
            var value = ReadNode(parser, depth + 1);
            _keys.Pop();
            if (keyNode is null || value is null) continue; // a tagged key or value: reported, left out
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

    /// <summary>
    /// Aliases share the anchored node (no copy); their expanded size is budgeted to stop "billion laughs".
    /// </summary>
    /// <summary>
    /// Aliases share the anchored node (no copy); their expanded size is budgeted to stop "billion laughs". Past the
    /// budget, the error names the key whose value uses the alias: that value is what would blow up.
    /// </summary>
    private YamlNode? Dereference(AnchorAlias alias)
    {
        if (!_anchors.TryGetValue(alias.Value.Value, out var anchored))
            throw new YamlException(alias.Start, alias.End, $"alias *{alias.Value.Value} refers to no anchor");
        _expanded += anchored.Size;
        if (_expanded - _nodes > _limits.MaxAliasExpansion)
        {
            var key = _keys.Count > 0 ? _keys.Peek() : null;
            throw new LimitExceeded(Diagnostic.Create(InputDiagnostics.YamlAlias,
                key?.Location ?? Locate(alias.Start), key?.Value ?? "the document", _limits.MaxAliasExpansion));
        }
        return anchored.Node;
    }

    private SourceLocation Locate(Mark mark) => Locate(mark.Line, mark.Column);

    private SourceLocation Locate(long line, long column) =>
        new(_path, (int)Math.Max(1, line) + _lineOffset, (int)Math.Max(1, column));

    private static NodeScalarStyle Map(YamlDotNet.Core.ScalarStyle style) => style switch
    {
        YamlDotNet.Core.ScalarStyle.SingleQuoted => NodeScalarStyle.SingleQuoted,
        YamlDotNet.Core.ScalarStyle.DoubleQuoted => NodeScalarStyle.DoubleQuoted,
        YamlDotNet.Core.ScalarStyle.Literal => NodeScalarStyle.Literal,
        YamlDotNet.Core.ScalarStyle.Folded => NodeScalarStyle.Folded,
        _ => NodeScalarStyle.Plain,
    };

    private sealed class LimitExceeded(Diagnostic diagnostic) : Exception(diagnostic.Message)
    {
        public Diagnostic Diagnostic { get; } = diagnostic;
    }
}
