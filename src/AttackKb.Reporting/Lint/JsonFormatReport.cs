using System.Text;
using System.Text.Json;
using AttackKb.Core.Model;
using AttackKb.Reporting.Model;
using AttackKb.Core.Validation;

namespace AttackKb.Reporting.Lint;

/// <summary>
/// <c>{"summary": {"errors", "warnings", "infos", "files"},
/// "diagnostics": [{code, severity, message, path, line, column}]}</c>
/// — the same diagnostic shape as <see cref="ModelJson.WriteDiagnostic"/>.
/// </summary>
internal static class JsonFormatReport
{
    public static string Render(LintResult result)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, ModelJson.Options))
        {
            w.WriteStartObject();
            w.WriteStartObject("summary");
            w.WriteNumber("errors", result.Errors);
            w.WriteNumber("warnings", result.Warnings);
            w.WriteNumber("infos", result.Infos);
            w.WriteNumber("files", result.FileCount);
            w.WriteEndObject();
            w.WriteStartArray("diagnostics");
            foreach (var d in result.Diagnostics) ModelJson.WriteDiagnostic(w, d);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
