console.log("gsz");
