namespace AttackKb.Core.Text;

/// <summary>
/// Where a value came from: a path relative to the knowledge-base root with '/' separators,
/// and a 1-based line and column (column counts UTF-16 code units from the line start, as editors do).
/// Line 0 means "the file as a whole" (e.g. it could not be decoded).
/// </summary>
public readonly record struct SourceLocation(string Path, int Line, int Column) : IComparable<SourceLocation>
{
    public static SourceLocation File(string path) => new(path, 0, 0);

    public int CompareTo(SourceLocation other)
    {
        int byPath = string.CompareOrdinal(Path, other.Path);
        if (byPath != 0) return byPath;
        int byLine = Line.CompareTo(other.Line);
        return byLine != 0 ? byLine : Column.CompareTo(other.Column);
    }

    /// <summary>MSBuild canonical form: <c>path(line,col)</c>, or just <c>path</c> for whole-file locations.</summary>
    public override string ToString() =>
        Line <= 0 ? Path : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Path}({Line},{Column})");
}
