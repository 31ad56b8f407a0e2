using System.Text.Json;

namespace AttackKb.Stix.Writing;

/// <summary>
/// One object of the bundle: its sort key (type, id), its modified time (for the collection) and how to write it.
/// </summary>
internal sealed record StixObject(string Type, string Id, string Modified, Action<Utf8JsonWriter> Write);
