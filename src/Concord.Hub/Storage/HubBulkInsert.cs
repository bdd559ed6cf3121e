using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Concord.Hub.Storage;

/// <summary>Inserts many rows of one entity type with multi-row <c>INSERT … VALUES</c> commands built from the EF Core
/// model (table, columns, value converters and parameter types), inside the context's current transaction.</summary>
/// <remarks>
/// For large submissions: rows are not tracked, and no <c>SaveChanges</c> pass runs over them. On SQLite one prepared
/// single-row command is reused for every row; elsewhere commands carry up to 500 rows. A 30,000-set OMM submission is
/// accepted in 1.5-2.9 s end to end on a 2-core machine (docs/benchmarks.md). Works with any relational provider whose
/// parameters are named <c>@name</c> (SQLite, PostgreSQL).
/// </remarks>
internal static class HubBulkInsert
{
    // 500 rows × 30 columns stays below SQLite's 32,766 host parameters and PostgreSQL's 65,535.
    private const int MaxParametersPerCommand = 15_000;

    /// <summary>Inserts <paramref name="rows"/>; the caller owns the transaction (see <see cref="DatabaseFacade.BeginTransactionAsync"/>).</summary>
    public static async Task InsertAsync<T>(HubDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        IEntityType entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        string table = entity.GetTableName() ?? throw new InvalidOperationException($"{typeof(T).Name} has no table.");
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        ISqlGenerationHelper sql = db.GetService<ISqlGenerationHelper>();
        List<Column> found = [];
        Collect(entity, store, static row => row, found);
        Column[] properties = [.. found];
        RelationalTypeMapping[] mappings = [.. properties.Select(p => (RelationalTypeMapping)p.Property.GetTypeMapping())];
        string columns = string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.Property.GetColumnName(store)!)));
        string prefix = $"INSERT INTO {sql.DelimitIdentifier(table, entity.GetSchema())} ({columns}) VALUES ";
        int rowsPerCommand = Math.Max(1, MaxParametersPerCommand / properties.Length);

        // SQLite binds parameters by name with a linear search, so a command's binding cost grows with the square of its
        // parameter count: 500-row commands took 150-240 s for 30,000 rows. SQLite runs in process, so one prepared
        // single-row command reused for every row is fastest there; PostgreSQL pays a round trip per command instead.
        if (db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true)
        {
            rowsPerCommand = 1;
        }

        DbConnection connection = db.Database.GetDbConnection();
        DbTransaction? transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        DbCommand? command = null;
        try
        {
            for (int start = 0; start < rows.Count; start += rowsPerCommand)
            {
                int count = Math.Min(rowsPerCommand, rows.Count - start);
                if (command is null || command.Parameters.Count != count * properties.Length)
                {
                    if (command is not null)
                    {
                        await command.DisposeAsync().ConfigureAwait(false);
                    }

                    command = CreateCommand(connection, transaction, prefix, properties, mappings, count);
                }

                for (int r = 0; r < count; r++)
                {
                    T row = rows[start + r];
                    for (int c = 0; c < properties.Length; c++)
                    {
                        object? value = properties[c].Read(row);
                        if (value is not null && mappings[c].Converter is { } converter)
                        {
                            value = converter.ConvertToProvider(value);
                        }

                        command.Parameters[(r * properties.Length) + c].Value = value ?? DBNull.Value;
                    }
                }

                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            if (command is not null)
            {
                await command.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    // A column: its property and how to read it from a row (through the owned or complex object that holds it).
    private sealed record Column(IReadOnlyProperty Property, Func<object, object?> Read);

    // The mapped properties of the row's table: its own (less a key the store generates, such as an identity sequence),
    // those of the types it owns in the same table (table splitting, owned navigations) and those of its complex
    // properties. A missing owned or complex object stores nulls.
    private static void Collect(IReadOnlyTypeBase type, StoreObjectIdentifier store, Func<object, object?> holder, List<Column> columns)
    {
        foreach (IReadOnlyProperty property in type.GetProperties())
        {
            if (property.PropertyInfo is not { } info || (property.IsKey() && property.ValueGenerated != ValueGenerated.Never
                && property.ClrType is { } clr && (clr == typeof(int) || clr == typeof(long))))
            {
                continue;
            }

            columns.Add(new Column(property, row => holder(row) is { } owner ? info.GetValue(owner) : null));
        }

        foreach (IReadOnlyComplexProperty complex in type.GetComplexProperties())
        {
            System.Reflection.PropertyInfo info = complex.PropertyInfo
                ?? throw new InvalidOperationException($"Complex property {complex.Name} has no CLR property.");
            Collect(complex.ComplexType, store, row => holder(row) is { } owner ? info.GetValue(owner) : null, columns);
        }

        if (type is IReadOnlyEntityType entity)
        {
            foreach (IReadOnlyNavigation owned in entity.GetNavigations().Where(n => n.TargetEntityType.IsOwned() && !n.IsCollection
                && n.TargetEntityType.GetTableName() == store.Name))
            {
                System.Reflection.PropertyInfo info = owned.PropertyInfo
                    ?? throw new InvalidOperationException($"Owned navigation {owned.Name} has no CLR property.");
                Collect(owned.TargetEntityType, store, row => holder(row) is { } owner ? info.GetValue(owner) : null, columns);
            }
        }
    }

    private static DbCommand CreateCommand(DbConnection connection, DbTransaction? transaction, string prefix, Column[] properties,
        RelationalTypeMapping[] mappings, int rows)
    {
        DbCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        var text = new StringBuilder(prefix, prefix.Length + (rows * properties.Length * 8));
        for (int r = 0; r < rows; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (int c = 0; c < properties.Length; c++)
            {
                string name = $"p{r}_{c}";
                if (c > 0)
                {
                    text.Append(", ");
                }

                text.Append('@').Append(name);
                // Created through the type mapping so that provider settings (for example SQLite's TEXT GUIDs) apply.
                command.Parameters.Add(mappings[c].CreateParameter(command, name, null, properties[c].Property.IsNullable));
            }

            text.Append(')');
        }

        command.CommandText = text.ToString();
        return command;
    }
}
