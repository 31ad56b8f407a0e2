using System.Text;
using System.Text.Json;
using AttackKb.Core.Diagnostics;

namespace AttackKb.Reporting.Lint;

/// <summary>The diagnostic catalog as `attackkb rules` prints it: text, markdown table or JSON.</summary>
public static class RuleCatalogReport
{
    public static readonly string[] Formats = ["text", "json", "markdown"];

    public static string Render(string format, IReadOnlyList<DiagnosticDescriptor> rules) => format switch
    {
        "json" => Json(rules),
        "markdown" => Markdown(rules),
        _ => Text(rules),
    };

    private static string Text(IReadOnlyList<DiagnosticDescriptor> rules) =>
        string.Concat(rules.Select(d => $"{d.Id}  {d.DefaultSeverity.ToName(),-7}  {d.Title}\n        {d.Help}\n"));

    private static string Markdown(IReadOnlyList<DiagnosticDescriptor> rules) =>
        "| code | severity | title | help |\n|---|---|---|---|\n"
        + string.Concat(rules.Select(d =>
            $"| {d.Id} | {d.DefaultSeverity.ToName()} | {Cell(d.Title)} | {Cell(d.Help)} |\n"));

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary><c>{"rules": [{code, severity, category, title, message, help}]}</c>, in code order.</summary>
    private static string Json(IReadOnlyList<DiagnosticDescriptor> rules)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonOutput.Options))
        {
            w.WriteStartObject();
            w.WriteStartArray("rules");
            foreach (var d in rules)
            {
                w.WriteStartObject();
                w.WriteString("code", d.Id);
                w.WriteString("severity", d.DefaultSeverity.ToName());
                w.WriteString("category", d.Category.ToString());
                w.WriteString("title", d.Title);
                w.WriteString("message", d.MessageFormat);
                w.WriteString("help", d.Help);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
