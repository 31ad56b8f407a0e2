using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Core.Text;
using AttackKb.Core.Yaml;
using AttackKb.Notes.Reading;

namespace AttackKb.Notes.Detections;

/// <summary>
/// A SigmaHQ rule (a .yml file, or the YAML embedded in a dialect-B rule note). The <c>detection</c> block is kept as
/// the text written, not re-serialised; the author is always kept (DRL 1.1 requires crediting it).
/// </summary>
public static class SigmaRuleBinder
{
    public static Detection Bind(SourceDocument doc, YamlMapping rule, DiagnosticBag bag) =>
        Bind(doc.Path, doc.Text, doc.Lines, SourceDialect.Sigma, rule, bag);

    /// <summary>
    /// Binds a rule read from <paramref name="text"/> (the whole file; for an embedded rule, the note that contains it,
    /// whose positions the rule's nodes already carry).
    /// </summary>
    public static Detection Bind(string path, string text, LineMap lines, SourceDialect dialect, YamlMapping rule, DiagnosticBag bag)
    {
        foreach (string key in new[] { "title", "logsource", "detection" })
            if (rule[key] is null) bag.Report(DetectionDiagnostics.SigmaMissingField, rule.Location, key);
        var tags = Strings(rule, "tags", bag);
        return new Detection
        {
            Path = path,
            Dialect = dialect,
            Kind = DetectionKind.SigmaRule,
            Id = rule.String("id"),
            Title = rule.String("title"),
            Status = rule.String("status"),
            Level = rule.String("level"),
            Description = rule.String("description"),
            Author = rule.String("author"),
            License = rule.String("license"),
            Date = rule.String("date"),
            Modified = rule.String("modified"),
            References = Strings(rule, "references", bag),
            Tags = tags,
            FalsePositives = Strings(rule, "falsepositives", bag),
            Related = rule["related"] is YamlSequence related
                ? related.Items.OfType<YamlMapping>().Where(r => r.String("id") is not null)
                    .Select(r => new RelatedRule(r.String("id")!.Value, r.String("type"))).ToArray()
                : [],
            LogSource = LogSourceOf(rule, bag),
            Logic = Verbatim(rule, "detection", text, lines),
            RuleText = text,
            TechniqueIds = AttackTags.Techniques(tags),
        };
    }

    private static LogSource? LogSourceOf(YamlMapping rule, DiagnosticBag bag)
    {
        switch (rule["logsource"])
        {
            case YamlMapping m:
                return new LogSource(m.String("product"), m.String("service"), m.String("category"), m.String("definition"), m.Location);
            case null:
                return null;
            case var other:
                bag.Report(DetectionDiagnostics.SigmaWrongShape, other.Location, "logsource", "a mapping");
                return null;
        }
    }

    private static IReadOnlyList<Located<string>> Strings(YamlMapping rule, string key, DiagnosticBag bag)
    {
        var node = rule[key];
        if (node is YamlMapping) bag.Report(DetectionDiagnostics.SigmaWrongShape, node.Location, key, "a list of strings");
        return rule.Strings(key);
    }

    /// <summary>
    /// The value of a top-level key exactly as written: from the line after <c>key:</c> through the last line indented
    /// deeper than the key (comments included), located at the key.
    /// </summary>
    internal static Located<string>? Verbatim(YamlMapping map, string key, string text, LineMap lines)
    {
        var entry = map.Entries.FirstOrDefault(e => e.Key.Value == key);
        if (entry is null) return null;
        int keyLine = entry.Key.Location.Line;
        int keyColumn = entry.Key.Location.Column;
        int start = lines.LineStart(keyLine + 1);
        if (keyLine >= lines.LineCount) return new Located<string>("", entry.Key.Location);
        int end = start;
        for (int line = keyLine + 1; line <= lines.LineCount; line++)
        {
            int ls = lines.LineStart(line);
            int le = line < lines.LineCount ? lines.LineStart(line + 1) : text.Length;
            string content = text[ls..le];
            if (content.Trim().Length > 0 && Indent(content) < keyColumn && !content.TrimStart().StartsWith('#')) break;
            if (content.Trim().Length > 0) end = le;
        }
        return new Located<string>(text[start..Math.Max(start, end)].TrimEnd('\r', '\n'), entry.Key.Location);
    }

    private static int Indent(string line)
    {
        int i = 0;
        while (i < line.Length && line[i] == ' ') i++;
        return i + 1;
    }
}
