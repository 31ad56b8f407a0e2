namespace AttackKb.Stix.CollectionIndex;

/// <summary>One published version of a collection: its version, where its bundle is, when it was modified.</summary>
public sealed record CollectionVersion(string Version, string Url, string Modified);

/// <summary>One collection of a collection index, with every version published so far (newest first).</summary>
public sealed record IndexedCollection(
    string Id, string Name, string Description, string Created, IReadOnlyList<CollectionVersion> Versions);

/// <summary>
/// A collection index in the format of ATT&amp;CK's own <c>index.json</c> (ATT&amp;CK Workbench's "collection
/// index": id, name, description, created, modified, collections with their versions and URLs).
/// </summary>
public sealed record CollectionIndexDocument(
    string Id, string Name, string Description, string Created, string Modified,
    IReadOnlyList<IndexedCollection> Collections);
