using System.Text;
using System.Text.Json;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Core.Text;

namespace AttackKb.Reporting.Model;

/// <summary>
/// A deterministic JSON rendering of the model, for golden tests and `show`/`list --format json`: fixed property
/// order, '\n', 2-space indent, invariant culture. A located value is <c>{"value": …, "line": n, "column": n}</c>;
/// the file's path is written once per entry. Empty lists and absent values are omitted.
/// </summary>
public static class ModelJson
{
    public static JsonWriterOptions Options => JsonFormat.Indented;

    public static string ToJson(Note note) => Render(w => WriteNote(w, note));
    public static string ToJson(Detection detection) => Render(w => WriteDetection(w, detection));
    public static string ToJson(TestProcedure test) => Render(w => WriteTest(w, test));
    public static string ToJson(IEnumerable<Diagnostic> diagnostics) => Render(w =>
    {
        w.WriteStartArray();
        foreach (var d in diagnostics) WriteDiagnostic(w, d);
        w.WriteEndArray();
    });

    public static void WriteNote(Utf8JsonWriter w, Note n)
    {
        w.WriteStartObject();
        w.WriteString("path", n.Path);
        w.WriteString("dialect", n.Dialect.ToName());
        Value(w, "attackId", n.AttackId);
        if (n.IdentityClaims.Count > 0)
        {
            w.WriteStartArray("identityClaims");
            foreach (var c in n.IdentityClaims)
            {
                w.WriteStartObject();
                w.WriteString("source", c.Source.ToString());
                w.WriteString("raw", c.Raw);
                if (c.AttackId is not null) w.WriteString("attackId", c.AttackId);
                Position(w, c.Location);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        Value(w, "stixId", n.StixId);
        Values(w, "stixIdClaims", n.StixIdClaims);
        Value(w, "name", n.Name);
        Value(w, "title", n.Title);
        Value(w, "url", n.Url);
        Value(w, "created", n.Created);
        Value(w, "modified", n.Modified);
        Value(w, "version", n.Version);
        Value(w, "revoked", n.Revoked);
        Value(w, "deprecated", n.Deprecated);
        Values(w, "tactics", n.Tactics);
        Values(w, "platforms", n.Platforms);
        Values(w, "dataSources", n.DataSources);
        Values(w, "contributors", n.Contributors);
        Values(w, "domains", n.Domains);
        Values(w, "tags", n.Tags);
        Values(w, "permissionsRequired", n.PermissionsRequired);
        Values(w, "systemRequirements", n.SystemRequirements);
        Values(w, "defensesBypassed", n.DefensesBypassed);
        Values(w, "detectionRefs", n.DetectionRefs);
        Value(w, "detectionGap", n.DetectionGap);
        Sections(w, n.Sections);
        if (n.References.Count > 0)
        {
            w.WriteStartArray("references");
            foreach (var r in n.References)
            {
                w.WriteStartObject();
                w.WriteString("sourceName", r.SourceName);
                if (r.Url is not null) w.WriteString("url", r.Url);
                if (r.ExternalId is not null) w.WriteString("externalId", r.ExternalId);
                if (r.Description is not null) w.WriteString("description", r.Description);
                Position(w, r.Location);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (n.Citations.Count > 0)
        {
            w.WriteStartArray("citations");
            foreach (var c in n.Citations)
            {
                w.WriteStartObject();
                w.WriteString("sourceName", c.SourceName);
                w.WriteString("section", c.Section);
                Position(w, c.Location);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        Links(w, n.Links);
        if (n.Queries.Count > 0)
        {
            w.WriteStartArray("queries");
            foreach (var q in n.Queries)
            {
                w.WriteStartObject();
                w.WriteString("kind", q.Kind.ToString());
                if (q.Folder is not null) w.WriteString("folder", q.Folder);
                w.WriteStartArray("tags");
                foreach (var t in q.Tags) w.WriteStringValue(t);
                w.WriteEndArray();
                w.WriteString("section", q.Section);
                Position(w, q.Location);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    public static void WriteDetection(Utf8JsonWriter w, Detection d)
    {
        w.WriteStartObject();
        w.WriteString("path", d.Path);
        w.WriteString("dialect", d.Dialect.ToName());
        w.WriteString("kind", d.Kind == DetectionKind.SigmaRule ? "sigma-rule" : "detection-note");
        Value(w, "id", d.Id);
        Value(w, "title", d.Title);
        Value(w, "status", d.Status);
        Value(w, "level", d.Level);
        Value(w, "description", d.Description);
        Value(w, "author", d.Author);
        Value(w, "license", d.License);
        Value(w, "date", d.Date);
        Value(w, "modified", d.Modified);
        Values(w, "references", d.References);
        Values(w, "tags", d.Tags);
        Values(w, "falsePositives", d.FalsePositives);
        if (d.Related.Count > 0)
        {
            w.WriteStartArray("related");
            foreach (var r in d.Related)
            {
                w.WriteStartObject();
                Value(w, "id", r.Id);
                Value(w, "type", r.Type);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (d.LogSource is { } ls)
        {
            w.WriteStartObject("logSource");
            Value(w, "product", ls.Product);
            Value(w, "service", ls.Service);
            Value(w, "category", ls.Category);
            Value(w, "definition", ls.Definition);
            Position(w, ls.Location);
            w.WriteEndObject();
        }
        Value(w, "logic", d.Logic);
        Values(w, "techniqueIds", d.TechniqueIds);
        if (d.Analytics.Count > 0)
        {
            w.WriteStartArray("analytics");
            foreach (var a in d.Analytics)
            {
                w.WriteStartObject();
                Value(w, "id", a.Id);
                Value(w, "platform", a.Platform);
                if (a.Description is not null) w.WriteString("description", a.Description);
                Values(w, "dataComponents", a.DataComponents);
                if (a.LogSources.Count > 0)
                {
                    w.WriteStartArray("logSources");
                    foreach (var l in a.LogSources)
                    {
                        w.WriteStartObject();
                        Value(w, "name", l.Name);
                        Value(w, "channel", l.Channel);
                        Value(w, "dataComponent", l.DataComponent);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                }
                if (a.QueryLanguage is not null) w.WriteString("queryLanguage", a.QueryLanguage);
                Value(w, "query", a.Query);
                Position(w, a.Location);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        Sections(w, d.Sections);
        Links(w, d.Links);
        w.WriteEndObject();
    }

    public static void WriteTest(Utf8JsonWriter w, TestProcedure t)
    {
        w.WriteStartObject();
        w.WriteString("path", t.Path);
        w.WriteString("dialect", t.Dialect.ToName());
        Value(w, "techniqueId", t.TechniqueId);
        Value(w, "displayName", t.DisplayName);
        Values(w, "tags", t.Tags);
        if (t.Tests.Count > 0)
        {
            w.WriteStartArray("tests");
            foreach (var a in t.Tests)
            {
                w.WriteStartObject();
                Value(w, "name", a.Name);
                Value(w, "guid", a.Guid);
                Values(w, "platforms", a.Platforms);
                Value(w, "executor", a.Executor);
                if (a.ElevationRequired) w.WriteBoolean("elevationRequired", true);
                if (a.Description is not null) w.WriteString("description", a.Description);
                if (a.Command is not null) w.WriteString("command", a.Command);
                if (a.CleanupCommand is not null) w.WriteString("cleanupCommand", a.CleanupCommand);
                Position(w, a.Location);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    public static void WriteDiagnostic(Utf8JsonWriter w, Diagnostic d)
    {
        w.WriteStartObject();
        w.WriteString("code", d.Id);
        w.WriteString("severity", d.Severity.ToName());
        w.WriteString("message", d.Message);
        if (d.Location is { } loc)
        {
            w.WriteString("path", loc.Path);
            if (loc.Line > 0) Position(w, loc);
        }
        w.WriteEndObject();
    }

    private static void Sections(Utf8JsonWriter w, IReadOnlyList<Section> sections)
    {
        if (sections.Count == 0) return;
        w.WriteStartArray("sections");
        foreach (var s in sections)
        {
            w.WriteStartObject();
            w.WriteString("name", s.Name);
            w.WriteNumber("level", s.Level);
            Position(w, s.Location);
            w.WriteNumber("bodyLine", s.BodyLocation.Line);
            w.WriteNumber("bodyColumn", s.BodyLocation.Column);
            w.WriteString("markdown", s.Markdown);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Links(Utf8JsonWriter w, IReadOnlyList<Link> links)
    {
        if (links.Count == 0) return;
        w.WriteStartArray("links");
        foreach (var l in links)
        {
            w.WriteStartObject();
            w.WriteString("target", l.Target);
            w.WriteString("text", l.Text);
            w.WriteString("kind", l.Kind.ToString());
            w.WriteString("section", l.Section);
            Position(w, l.Location);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Value(Utf8JsonWriter w, string name, Located<string>? value)
    {
        if (value is not { } v) return;
        w.WriteStartObject(name);
        w.WriteString("value", v.Value);
        Position(w, v.Location);
        w.WriteEndObject();
    }

    private static void Values(Utf8JsonWriter w, string name, IReadOnlyList<Located<string>> values)
    {
        if (values.Count == 0) return;
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStartObject();
            w.WriteString("value", v.Value);
            Position(w, v.Location);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Position(Utf8JsonWriter w, SourceLocation location)
    {
        w.WriteNumber("line", location.Line);
        w.WriteNumber("column", location.Column);
    }

    private static string Render(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options)) write(w);
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
