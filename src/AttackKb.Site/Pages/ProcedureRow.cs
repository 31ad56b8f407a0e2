using AttackKb.Core.Attack;

namespace AttackKb.Site.Pages;

/// <summary>
/// One row of a procedure table: the object, the relationship whose text the row shows, how its ID cell is written
/// (a link to the object's page, or its ID as text) and the row's own id (an anchor other pages link to), if any.
/// </summary>
internal readonly record struct ProcedureRow(
    AttackObject Object, AttackRelationship Relationship, Action WriteId, string? RowId = null);
