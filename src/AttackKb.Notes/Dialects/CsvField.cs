using AttackKb.Core.Diagnostics;
using AttackKb.Core.Text;
using AttackKb.Notes.Yaml;

namespace AttackKb.Notes.Dialects;

/// <summary>
/// Dialect B writes lists as one comma-separated scalar (<c>tactics: Defense Evasion, Persistence</c>). Each item gets
/// its own column when the scalar is written plainly or quoted without escapes; otherwise the scalar's position.
/// </summary>
internal static class CsvField
{
    public static IReadOnlyList<Located<string>> Split(YamlMapping fm, string key, DiagnosticBag bag)
    {
        if (fm[key] is not YamlScalar scalar) return FieldShapes.Strings(fm, key, bag); // a list is fine too
        if (!FieldShapes.NotEmpty(scalar, $"'{key}'", bag)) return [];
        int shift = scalar.Style switch
        {
            ScalarStyle.Plain => 0,
            ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted when !scalar.Value.Contains('\\',
                StringComparison.Ordinal) && !scalar.Value.Contains('\'', StringComparison.Ordinal) => 1,
            _ => -1,
        };
        var items = new List<Located<string>>();
        int index = 0;
        foreach (string part in scalar.Value.Split(','))
        {
            string trimmed = part.Trim();
            int lead = part.Length - part.TrimStart().Length;
            if (trimmed.Length > 0)
            {
                var loc =
                    shift < 0 ? scalar.Location
                        : scalar.Location with { Column = scalar.Location.Column + shift + index + lead };
                items.Add(new Located<string>(trimmed, loc));
            }
            index += part.Length + 1;
        }
        return items;
    }
}
