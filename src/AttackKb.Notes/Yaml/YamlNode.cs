using AttackKb.Core.Text;

namespace AttackKb.Notes.Yaml;

/// <summary>
/// A YAML document as read from a user file: every node located, every scalar kept as the string written
/// (failsafe schema: <c>version: 1.10</c> stays "1.10", <c>created: 2020-10-01</c> stays a string).
/// Built from YamlDotNet's parser events by <see cref="LocatedYamlReader"/>. Binders read it; the model never holds it
/// (what consumers need is bound into the model: <c>Note.ImportedFrom</c>, <c>Note.FrontMatterText</c>).
/// </summary>
public abstract record YamlNode(SourceLocation Location);

public enum ScalarStyle { Plain, SingleQuoted, DoubleQuoted, Literal, Folded }

public sealed record YamlScalar(string Value, ScalarStyle Style, SourceLocation Location) : YamlNode(Location)
{
    /// <summary>
    /// A plain <c>~</c>, <c>null</c> or empty scalar: YAML's null, which front matter treats as "absent".
    /// </summary>
    public bool IsNull => Style == ScalarStyle.Plain && Value is "" or "~" or "null" or "Null" or "NULL";

    public Located<string> AsLocated() => new(Value, Location);
}

public sealed record YamlSequence(IReadOnlyList<YamlNode> Items, SourceLocation Location) : YamlNode(Location);

public sealed record YamlEntry(YamlScalar Key, YamlNode Value);

/// <summary>A mapping in document order. Duplicate keys are reported by the reader; the first one is kept.</summary>
public sealed record YamlMapping(IReadOnlyList<YamlEntry> Entries, SourceLocation Location) : YamlNode(Location)
{
    public YamlNode? this[string key]
    {
        get
        {
            foreach (var e in Entries)
                if (string.Equals(e.Key.Value, key, StringComparison.Ordinal)) return e.Value;
            return null;
        }
    }

    public YamlScalar? Scalar(string key) => this[key] as YamlScalar;

    /// <summary>A scalar's value as a located string; null when absent, null-valued or not a scalar.</summary>
    public Located<string>? String(string key) =>
        this[key] is YamlScalar s && !s.IsNull ? s.AsLocated() : null;

    /// <summary>A sequence of scalars (or a single scalar, as one item) as located strings.</summary>
    public IReadOnlyList<Located<string>> Strings(string key) => this[key] switch
    {
        YamlSequence seq => seq.Items.OfType<YamlScalar>().Where(s => !s.IsNull).Select(s => s.AsLocated()).ToArray(),
        YamlScalar s when !s.IsNull => [s.AsLocated()],
        _ => [],
    };
}
