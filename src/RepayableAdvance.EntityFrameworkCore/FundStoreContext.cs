using Microsoft.EntityFrameworkCore;

namespace RepayableAdvance.EntityFrameworkCore;

/// <summary>The database of fund events: a table of funds and an append-only table of events.</summary>
public sealed class FundStoreContext : DbContext
{
    /// <summary>Initializes the context.</summary>
    /// <param name="options">The provider and connection: SQLite by default (<see cref="FundStore.Sqlite"/>), PostgreSQL or SQL Server with their own migrations.</param>
    public FundStoreContext(DbContextOptions<FundStoreContext> options)
        : base(options)
    {
    }

    /// <summary>Gets the funds.</summary>
    /// <value>One row per fund.</value>
    public DbSet<StoredFund> Funds => Set<StoredFund>();

    /// <summary>Gets the events.</summary>
    /// <value>Appended, never updated.</value>
    public DbSet<StoredEvent> Events => Set<StoredEvent>();

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<StoredFund>(fund =>
        {
            fund.ToTable("Funds");
            fund.HasKey(f => f.Id);
            fund.Property(f => f.Id).HasMaxLength(100);
            fund.Property(f => f.Document).IsRequired();
            fund.Property(f => f.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<StoredEvent>(e =>
        {
            e.ToTable("Events");
            e.HasKey(x => new { x.FundId, x.Sequence });
            e.Property(x => x.FundId).HasMaxLength(100);
            e.Property(x => x.Kind).HasMaxLength(40).IsRequired();
            e.Property(x => x.Date).HasMaxLength(10).IsRequired();
            e.Property(x => x.Payload).IsRequired();
            e.HasIndex(x => new { x.FundId, x.Date });
            e.HasOne<StoredFund>().WithMany().HasForeignKey(x => x.FundId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
