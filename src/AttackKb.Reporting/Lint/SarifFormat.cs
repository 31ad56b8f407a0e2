using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Reporting.Model;
using AttackKb.Core.Validation;

namespace AttackKb.Reporting.Lint;

/// <summary>
/// SARIF 2.1.0 as GitHub code scanning accepts it: the whole rule catalog in <c>tool.driver.rules</c>, results with
/// <c>ruleId</c>/<c>ruleIndex</c>/<c>level</c>/<c>message</c> and locations relative to <c>%SRCROOT%</c>, the
/// repository root (the working directory, or --path-base), which code scanning maps to the checkout.
/// Deterministic: no run timestamps, no absolute paths.
/// </summary>
internal static partial class SarifFormat
{
    public static string Render(LintResult result, ReportPaths paths)
    {
        var rules = DiagnosticCatalog.All;
        var index = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, ModelJson.Options))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();
            w.WriteStartObject("tool");
            w.WriteStartObject("driver");
            w.WriteString("name", "attackkb");
            w.WriteString("informationUri", "https://attack.mitre.org/");
            w.WriteString("semanticVersion", ToolVersion.Semantic);
            w.WriteStartArray("rules");
            foreach (var r in rules)
            {
                w.WriteStartObject();
                w.WriteString("id", r.Id);
                w.WriteString("name", Pascal(r.Title));
                w.WriteStartObject("shortDescription"); w.WriteString("text", r.Title); w.WriteEndObject();
                w.WriteStartObject("fullDescription"); w.WriteString("text", r.Help); w.WriteEndObject();
                w.WriteStartObject("help"); w.WriteString("text", r.Help); w.WriteEndObject();
                WriteMessageStrings(w, r);
                if (paths.RulesPage is { } rulesPage) w.WriteString("helpUri", rulesPage + "#" + r.Id);
                w.WriteStartObject("defaultConfiguration");
                w.WriteString("level", Level(r.DefaultSeverity));
                w.WriteEndObject();
                w.WriteStartObject("properties"); w.WriteString("category", r.Category.ToString()); w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartArray("results");
            foreach (var d in result.Diagnostics)
            {
                w.WriteStartObject();
                w.WriteString("ruleId", d.Id);
                if (index.TryGetValue(d.Id, out int i)) w.WriteNumber("ruleIndex", i);
                w.WriteString("level", Level(d.Severity));
                WriteMessage(w, d);
                if (d.Location is { } loc)
                {
                    w.WriteStartArray("locations");
                    WriteLocation(w, loc, paths, id: null);
                    w.WriteEndArray();
                }
                if (d.Related.Count > 0)
                {
                    w.WriteStartArray("relatedLocations");
                    for (int r = 0; r < d.Related.Count; r++) WriteLocation(w, d.Related[r], paths, id: r + 1);
                    w.WriteEndArray();
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteLocation(Utf8JsonWriter w, Core.Text.SourceLocation loc, ReportPaths paths, int? id)
    {
        w.WriteStartObject();
        if (id is { } n) w.WriteNumber("id", n);
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", Uri.EscapeDataString(paths.Of(loc.Path)).Replace("%2F", "/", StringComparison.Ordinal));
        w.WriteString("uriBaseId", "%SRCROOT%");
        w.WriteEndObject();
        // A finding about the whole file (no line) points at its first line: code scanning and the SARIF validator
        // want a region on every result.
        w.WriteStartObject("region");
        w.WriteNumber("startLine", Math.Max(1, loc.Line));
        w.WriteNumber("startColumn", Math.Max(1, loc.Column));
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static string Level(Severity s) => s switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static string Pascal(string title) =>
        string.Concat(title.Split([' ', '-', '/', '&', '(', ')', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    /// <summary>The rule's message format as SARIF's <c>messageStrings.default</c>: placeholders are plain
    /// <c>{n}</c> there, so a .NET format specifier (<c>{0:N0}</c>) is dropped; the arguments carry the values.
    /// The SARIF Multitool (SARIF2001) wants these texts to end in a period, unlike the messages of our
    /// reports.</summary>
    private static void WriteMessageStrings(Utf8JsonWriter w, DiagnosticDescriptor r)
    {
        w.WriteStartObject("messageStrings");
        w.WriteStartObject(MessageId);
        string format = FormatSpecifier().Replace(r.MessageFormat, "{$1}");
        w.WriteString("text", format.EndsWith('.') ? format : format + "."); // SARIF2001: a sentence ends in a period
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>The message as text, and as the rule's format plus arguments, so a viewer can use either.</summary>
    private static void WriteMessage(Utf8JsonWriter w, Diagnostic d)
    {
        w.WriteStartObject("message");
        w.WriteString("text", d.Message);
        w.WriteString("id", MessageId);
        if (d.Arguments.Count > 0)
        {
            w.WriteStartArray("arguments");
            foreach (string a in d.Arguments) w.WriteStringValue(a);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private const string MessageId = "default";

    [GeneratedRegex(@"\{([0-9]+)[:,][^}]*\}")]
    private static partial Regex FormatSpecifier();
}
