-- CreateTable
CREATE TABLE "_CheckItemRemit" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_CheckItemRemit_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "_CheckItemRemit_B_index" ON "_CheckItemRemit"("B");

-- AddForeignKey
ALTER TABLE "_CheckItemRemit" ADD CONSTRAINT "_CheckItemRemit_A_fkey" FOREIGN KEY ("A") REFERENCES "CheckItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CheckItemRemit" ADD CONSTRAINT "_CheckItemRemit_B_fkey" FOREIGN KEY ("B") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Back-fill: until now an item's remit was its one responsible unit.
INSERT INTO "_CheckItemRemit" ("A", "B") SELECT "id", "unitId" FROM "CheckItem";
