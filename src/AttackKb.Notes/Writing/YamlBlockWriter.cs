using System.Text;

namespace AttackKb.Notes.Writing;

/// <summary>
/// Writes block-style YAML in the order keys are given: scalars through <see cref="YamlQuoting"/>, string lists as
/// <c>- item</c> lines (<c>[]</c> when empty), and lists of small mappings (analytics, log sources). The caller owns
/// key order, which is what makes the writer byte-stable.
/// </summary>
public sealed class YamlBlockWriter
{
    private readonly StringBuilder _sb;
    private readonly string _indent;

    public YamlBlockWriter(StringBuilder sb, string indent = "")
    {
        _sb = sb;
        _indent = indent;
    }

    public YamlBlockWriter Scalar(string key, string? value)
    {
        if (value is null) return this;
        Key(key);
        if (YamlQuoting.FitsLiteralBlock(value)) YamlQuoting.AppendLiteralBlock(_sb.Append(' '), value, _indent + "  ");
        else _sb.Append(' ').Append(YamlQuoting.Inline(value)).Append('\n');
        return this;
    }

    /// <summary>A list of strings; written as <c>[]</c> when empty unless <paramref name="omitWhenEmpty"/>.</summary>
    public YamlBlockWriter List(string key, IReadOnlyList<string> items, bool omitWhenEmpty = true)
    {
        if (items.Count == 0)
        {
            if (!omitWhenEmpty) { Key(key); _sb.Append(" []\n"); }
            return this;
        }
        Key(key);
        _sb.Append('\n');
        foreach (string item in items) _sb.Append(_indent).Append("- ").Append(YamlQuoting.Inline(item)).Append('\n');
        return this;
    }

    /// <summary>
    /// A list of mappings, each written by <paramref name="writeItem"/> with a writer indented under its dash.
    /// </summary>
    public YamlBlockWriter Mappings<T>(string key, IReadOnlyList<T> items, Action<YamlBlockWriter, T> writeItem)
    {
        if (items.Count == 0) return this;
        Key(key);
        _sb.Append('\n');
        foreach (var item in items)
        {
            // Write the item at indent+2, then turn the first line's indentation into "- ".
            int start = _sb.Length;
            writeItem(new YamlBlockWriter(_sb, _indent + "  "), item);
            if (_sb.Length == start) { _sb.Append(_indent).Append("- {}\n"); continue; }
            _sb[start + _indent.Length] = '-';
        }
        return this;
    }

    private void Key(string key) => _sb.Append(_indent).Append(key).Append(':');
}
