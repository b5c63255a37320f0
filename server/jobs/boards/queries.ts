/** Named Cypher files of the boards job (cypher/boards/). */
export const boardQueries = {
  getBoardDetail: "boards/get-board-detail",
} as const;
