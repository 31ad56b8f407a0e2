using System.Globalization;
using AttackKb.Core.Text;

namespace AttackKb.Core.Diagnostics;

/// <summary>A located finding. A value: formatted only at the edge (text, GitHub, JSON, SARIF).</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, SourceLocation? Location, string Message,
    Severity Severity)
    : IComparable<Diagnostic>
{
    public string Id => Descriptor.Id;

    /// <summary>
    /// Other places the finding is about (every other file of a duplicate group): SARIF's relatedLocations, and the
    /// STIX export leaves each of those files out too. Empty for most findings.
    /// </summary>
    public IReadOnlyList<SourceLocation> Related { get; init; } = Array.Empty<SourceLocation>();

    /// <summary>The location and every related one: the files the finding concerns.</summary>
    public IEnumerable<SourceLocation> AllLocations =>
        Location is { } loc ? Related.Prepend(loc) : Related;

    /// <summary>
    /// The values the descriptor's <see cref="DiagnosticDescriptor.MessageFormat"/> was filled with, each formatted
    /// as in <see cref="Message"/> (SARIF carries them with the format as <c>message.arguments</c>). Not part of
    /// equality: the message already says the same.
    /// </summary>
    public IReadOnlyList<string> Arguments { get; init; } = Array.Empty<string>();

    /// <summary>
    /// Fills the message; string arguments come from user files, so their invisible characters (bidi overrides,
    /// zero-width, control) are escaped here, once, for every report format.
    /// </summary>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceLocation? location, params object?[] args)
    {
        if (args.Length == 0) return new(descriptor, location, descriptor.MessageFormat, descriptor.DefaultSeverity);
        var escaped = EscapeStrings(args);
        string message = string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, escaped);
        return new(descriptor, location, message, descriptor.DefaultSeverity) { Arguments = Formatted(escaped) };
    }

    /// <summary>Each argument as the message shows it: its format specifier ({0:N0}) is in the format, so only the
    /// invariant text of the value goes here.</summary>
    private static string[] Formatted(object?[] args) =>
        Array.ConvertAll(args, a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? "");

    public bool Equals(Diagnostic? other) =>
        other is not null && Descriptor == other.Descriptor && Nullable.Equals(Location, other.Location)
        && string.Equals(Message, other.Message, StringComparison.Ordinal) && Severity == other.Severity
        && ReferenceEquals(Related, other.Related);

    public override int GetHashCode() => HashCode.Combine(Descriptor, Location, Message, Severity, Related);

    private static object?[] EscapeStrings(object?[] args) =>
        Array.ConvertAll(args, a => a is string s ? UnsafeCharacters.Escape(s) : a);

    public Diagnostic WithSeverity(Severity severity) => this with { Severity = severity };

    /// <summary>Ordinal order by path, line, column, code, then message: the order every report uses.</summary>
    public int CompareTo(Diagnostic? other)
    {
        if (other is null) return 1;
        int c = (Location ?? default).CompareTo(other.Location ?? default);
        if (c == 0) c = string.CompareOrdinal(Id, other.Id);
        if (c == 0) c = string.CompareOrdinal(Message, other.Message);
        return c;
    }

    /// <summary><c>path(line,col): error AKB1001: message</c></summary>
    public override string ToString() =>
        Location is { } loc
            ? $"{loc}: {Severity.ToName()} {Id}: {Message}"
            : $"{Severity.ToName()} {Id}: {Message}";
}
